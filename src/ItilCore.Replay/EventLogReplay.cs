using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;
using ItilCore.Serialization;
using ItilCore.ServiceLevels;
using nietras.SeparatedValues;
using NodaTime;

namespace ItilCore.Replay;

/// <summary>Replays a real event log (CSV, gzip-compressed or not) ticket by ticket through the incident lifecycle, an SLA and the priority matrix.</summary>
/// <remarks>
/// Thread-safe (no shared state). The file is streamed: with <see cref="ReplayOrder.Contiguous"/> a ticket is replayed and
/// dropped as soon as the next ticket's first row arrives, so memory holds one ticket's rows plus the counters; with
/// <see cref="ReplayOrder.Unsorted"/> the rows of every ticket are held until the end of the file. A row that cannot be read
/// is counted, reported with its line number and reason, and skipped.
/// </remarks>
public static class EventLogReplay
{
    /// <summary>Replays a file; gzip is recognised by its magic bytes, whatever the file's name.</summary>
    /// <param name="path">The event log.</param>
    /// <param name="mapping">How to read it.</param>
    /// <param name="options">Overrides and a progress callback.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDefinitionException">The mapping names columns the file's header lacks; every one is named.</exception>
    public static ReplayReport Run(string path, ReplayMapping mapping, ReplayOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Run(file, path, mapping, options);
    }

    /// <summary>Replays an event log from a stream; gzip is recognised by its magic bytes when the stream can seek.</summary>
    /// <param name="input">The stream; it is not disposed.</param>
    /// <param name="source">The log's name for messages.</param>
    /// <param name="mapping">How to read it.</param>
    /// <param name="options">Overrides and a progress callback.</param>
    /// <returns>The report.</returns>
    public static ReplayReport Run(Stream input, string source, ReplayMapping mapping, ReplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        options ??= new ReplayOptions();
        var gzip = IsGzip(input);
        using var data = gzip ? new CheckedGzipStream(input, source) : (Stream)new NonClosingStream(input);
        using var reader = Sep.New(mapping.Delimiter)
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true })
            .From(data);
        var calendar = options.Calendar ?? mapping.Calendar ?? BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var targets = options.Targets ?? mapping.Targets;
        var run = new ReplayRun(mapping, source, calendar, targets, options);
        var length = input.CanSeek ? input.Length : 0;
        var progress = options.Progress;
        foreach (var row in reader)
        {
            if (run.Columns is null)
            {
                var header = new string[row.ColCount];
                for (var i = 0; i < header.Length; i++)
                {
                    header[i] = row[i].ToString();
                }

                run.Start(ReplayColumns.Resolve(header, mapping, source));
                continue;
            }

            run.Read(row);
            if (progress is not null && (run.Rows & 8191) == 0)
            {
                progress(input.CanSeek ? input.Position : 0, length);
            }
        }

        // GZipStream ends quietly where a truncated file ends; the report must not read as if the log were whole.
        (data as CheckedGzipStream)?.EnsureComplete();
        if (run.Columns is null)
        {
            throw new InvalidDataException($"{source} is empty: it has no header row.");
        }

        progress?.Invoke(length, length);
        return run.Finish();
    }

    private static bool IsGzip(Stream input)
    {
        if (!input.CanSeek)
        {
            return false;
        }

        var start = input.Position;
        var first = input.ReadByte();
        var second = input.ReadByte();
        input.Position = start;
        return first == 0x1f && second == 0x8b;
    }

    /// <summary>
    /// Decompresses gzip (.NET's GZipStream: fast, and reads joined members and ignores trailing bytes as gzip does), names
    /// the file in the errors of damaged data, and tells a truncated file from a whole one, which GZipStream does not (on
    /// .NET 10 a file cut short reads as a shorter whole one). A whole single-member file is recognised cheaply: its last
    /// four bytes record its size (RFC 1952's ISIZE, modulo 2^32). Any other file is read once more by SharpZipLib's
    /// GZipInputStream, which reports an unexpected end of data; about ten times slower, so only then.
    /// </summary>
    private sealed class CheckedGzipStream(Stream compressed, string source) : Stream
    {
        private readonly long _start = compressed.Position;
        private readonly GZipStream _gzip = new(compressed, CompressionMode.Decompress, leaveOpen: true);
        private long _decompressed;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void EnsureComplete()
        {
            Span<byte> size = stackalloc byte[4];
            if (compressed.Length - _start >= size.Length)
            {
                compressed.Seek(-size.Length, SeekOrigin.End);
                compressed.ReadExactly(size);
                if (BinaryPrimitives.ReadUInt32LittleEndian(size) == (uint)_decompressed)
                {
                    return;
                }
            }

            compressed.Seek(_start, SeekOrigin.Begin);
            try
            {
                using var check = new GZipInputStream(compressed) { IsStreamOwner = false };
                check.CopyTo(Stream.Null);
            }
            catch (Exception e) when (e is SharpZipBaseException or EndOfStreamException)
            {
                throw new InvalidDataException($"{source} is truncated or damaged: its gzip data ends early ({e.Message}) after {_decompressed:N0} bytes.", e);
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                var read = _gzip.Read(buffer);
                _decompressed += read;
                return read;
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{source} is not valid gzip data: {e.Message}", e);
            }
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gzip.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Lets the CSV reader dispose its stream without closing the caller's.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
