using Agendas.Cli;

// Ctrl+C stops the import between files; the file being written is rolled back.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
bool terminal = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
return await CliApp.RunAsync(args, Console.Out, Console.Error, new CliOptions { Interactive = terminal }, cancel.Token);
