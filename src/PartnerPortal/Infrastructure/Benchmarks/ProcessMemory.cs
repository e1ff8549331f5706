namespace PartnerPortal.Infrastructure.Benchmarks;

/// <summary>
/// Memory of this process and of the processes it started, read from Linux's /proc: VmHWM is a process's peak
/// resident set, VmRSS its resident set now. Elsewhere (no /proc) every figure is null.
/// </summary>
public static class ProcessMemory
{
    public sealed record ChildProcess(int Pid, string Name)
    {
        /// <summary>Chromium's browser, renderer, GPU, utility and crash-handler processes all start with "chrom".</summary>
        public bool IsBrowser => Name.StartsWith("chrom", StringComparison.Ordinal);
    }

    public static long? PeakBytes(int pid) => StatusBytes(pid, "VmHWM:");

    public static long? ResidentBytes(int pid) => StatusBytes(pid, "VmRSS:");

    /// <summary>Proportional set size now: each shared page counts a share per process using it, so sums over processes are fair.</summary>
    public static long? ProportionalBytes(int pid) => FieldBytes(Read($"/proc/{pid}/smaps_rollup"), "Pss:");

    /// <summary>Every process descending from <paramref name="root"/>, found through the parent ids in /proc/&lt;pid&gt;/stat.</summary>
    public static List<ChildProcess> Descendants(int root)
    {
        var children = new Dictionary<int, List<ChildProcess>>();
        if (!Directory.Exists("/proc")) return [];
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Read($"/proc/{pid}/stat") is not { } stat) continue;
            // "pid (comm) state ppid …": the name may hold spaces and parentheses, so split after the last ')'.
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open) continue;
            var fields = stat[(close + 2)..].Split(' ');
            if (fields.Length < 2 || !int.TryParse(fields[1], out var parent)) continue;
            (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(new ChildProcess(pid, stat[(open + 1)..close]));
        }
        var found = new List<ChildProcess>();
        var pending = new Queue<int>([root]);
        while (pending.TryDequeue(out var pid))
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                found.Add(child);
                pending.Enqueue(child.Pid);
            }
        return found;
    }

    private static long? StatusBytes(int pid, string key) => FieldBytes(Read($"/proc/{pid}/status"), key);

    private static long? FieldBytes(string? text, string key)
    {
        if (text is null) return null;
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        // "VmHWM:	  123456 kB"
        return line is not null && long.TryParse(line[key.Length..].Trim().Split(' ')[0], out var kb) ? kb * 1024 : null;
    }

    /// <summary>A process may end between listing and reading; that is not an error.</summary>
    private static string? Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
