namespace Agendas.Web.Tests.Infrastructure;

/// <summary>
/// For what the app does "within a few seconds" (product.md: pages notice an import through the data version poll):
/// ask again until the answer is what the test waits for, or a deadline passes. Not a timing assertion: the test
/// then asserts on the last answer.
/// </summary>
public static class Eventually
{
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, Func<HttpResponseMessage, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (done(response) || DateTime.UtcNow > deadline)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(100);
        }
    }
}
