namespace Agendas.Data.Import;

/// <summary>Error codes of the import beyond the parser's (<see cref="Core.Model.ErrorCodes"/>).</summary>
public static class ImportErrorCodes
{
    /// <summary>The letter was parsed but could not be written (a constraint of the store refused it); nothing of it was kept.</summary>
    public const string StoreFailed = "store-failed";
}
