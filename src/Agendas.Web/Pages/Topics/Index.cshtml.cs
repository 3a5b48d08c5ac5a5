using Agendas.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Agendas.Web.Pages.Topics;

/// <summary>The topic index: every topic of the vocabulary with its number of agenda items and its span of years.</summary>
internal sealed class IndexModel(AgendasDbContext db) : PageModel
{
    public IReadOnlyList<TopicCount> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Topics = await TopicTally.LoadAsync(db, ct);
}
