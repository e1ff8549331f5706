using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnerPortal.Tests.Support;

/// <summary>Counts the SQL statements EF Core sends (register it with <c>ConfigureDbContext</c>), to catch N+1 queries.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Commands { get { lock (_lock) return [.. _commands]; } }

    public void Reset() { lock (_lock) _commands.Clear(); }

    private void Add(DbCommand command) { lock (_lock) _commands.Add(command.CommandText); }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }
}
