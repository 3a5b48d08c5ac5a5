using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Agendas.Web.Pages;

/// <summary>
/// The page for unknown addresses and failures. It shows no exception details in any environment: the exception
/// handler (outside Development) and the status-code pages re-execute to it, and the log holds the details.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public bool IsNotFound => Status == StatusCodes.Status404NotFound;

    public string Title => Status switch
    {
        StatusCodes.Status404NotFound => "Pagina niet gevonden",
        >= 400 and < 500 => "Deze vraag kan niet worden beantwoord",
        _ => "Er ging iets mis",
    };

    /// <summary>Ties what a user reports to the request's log lines.</summary>
    public string RequestId => HttpContext.TraceIdentifier;

    public void OnGet(int? code) => Handle(code);

    // The exception handler re-executes with the original method: a failed POST lands here too.
    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        // Re-executed requests keep their status; a direct visit to /fout/404 gets the status it names.
        Status = code is >= 400 and < 600 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
    }
}
