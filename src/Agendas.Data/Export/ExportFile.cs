namespace Agendas.Data.Export;

/// <summary>One file of the export: its path inside the zip or folder (forward slashes), its bytes, and its time.</summary>
/// <param name="Path">Relative, e.g. <c>brieven/2020-12-01-buitenlandse-zaken-agenda.txt</c>.</param>
/// <param name="Content">UTF-8 text, without a byte order mark.</param>
/// <param name="Modified">UTC; a letter's import time, else the time of the data version.</param>
public sealed record ExportFile(string Path, byte[] Content, DateTime Modified);
