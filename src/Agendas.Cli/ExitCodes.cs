namespace Agendas.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A file failed (or the store or topic vocabulary could not be opened).</summary>
    public const int FileFailed = 1;

    public const int Usage = 2;
}
