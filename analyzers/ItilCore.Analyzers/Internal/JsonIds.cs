using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ItilCore.Analyzers.Internal;

/// <summary>
/// Reads the ids of a catalogue file (<c>{ "services": [ { "id": "…", "status": "retired" } ] }</c>) with a small JSON
/// reader, because an analyzer can take no dependency on System.Text.Json. Returns null for anything that is not such a
/// document.
/// </summary>
internal static class JsonIds
{
    public static CatalogueIds? Read(string json, string arrayProperty)
    {
        var reader = new Reader(json);
        try
        {
            if (reader.ReadValue(0) is not Dictionary<string, object?> root
                || !TryGet(root, arrayProperty, out var array)
                || array is not List<object?> items)
            {
                return null;
            }

            var ids = new CatalogueIds();
            foreach (var item in items)
            {
                if (item is Dictionary<string, object?> entry && TryGet(entry, "id", out var id) && id is string text)
                {
                    ids.Add(text);
                    // The library reads an enum's name in any case ("Retired" is retired to it too).
                    if (TryGet(entry, "status", out var status) && status is string named && string.Equals(named, "retired", System.StringComparison.OrdinalIgnoreCase))
                    {
                        ids.AddRetired(text);
                    }
                }
                else
                {
                    // An entry without a readable id might be the one a definition refers to: prove nothing.
                    return null;
                }
            }

            return ids;
        }
        catch (System.FormatException)
        {
            return null;
        }
    }

    // Property names match exactly, as the library reads them (ItilJson: case-sensitive, unknown members refused): a file
    // the library would refuse ("Services") has no ids here either, so the rule proves nothing from it.
    private static bool TryGet(Dictionary<string, object?> obj, string name, out object? value)
    {
        foreach (var pair in obj)
        {
            if (string.Equals(pair.Key, name, System.StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _at;

        public Reader(string text)
        {
            _text = text;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _at = 1;
            }
        }

        public object? ReadValue(int depth)
        {
            if (depth > 64)
            {
                throw new System.FormatException("too deep");
            }

            SkipSpace();
            if (_at >= _text.Length)
            {
                throw new System.FormatException("end of text");
            }

            switch (_text[_at])
            {
                case '{':
                    _at++;
                    var obj = new Dictionary<string, object?>(System.StringComparer.Ordinal);
                    SkipSpace();
                    if (Peek() == '}')
                    {
                        _at++;
                        return obj;
                    }

                    while (true)
                    {
                        SkipSpace();
                        var key = ReadString();
                        SkipSpace();
                        Expect(':');
                        obj[key] = ReadValue(depth + 1);
                        SkipSpace();
                        if (Peek() == ',')
                        {
                            _at++;
                            continue;
                        }

                        Expect('}');
                        return obj;
                    }

                case '[':
                    _at++;
                    var list = new List<object?>();
                    SkipSpace();
                    if (Peek() == ']')
                    {
                        _at++;
                        return list;
                    }

                    while (true)
                    {
                        list.Add(ReadValue(depth + 1));
                        SkipSpace();
                        if (Peek() == ',')
                        {
                            _at++;
                            continue;
                        }

                        Expect(']');
                        return list;
                    }

                case '"':
                    return ReadString();
                default:
                    var start = _at;
                    while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '-' or '+' or '.'))
                    {
                        _at++;
                    }

                    if (start == _at)
                    {
                        throw new System.FormatException("unexpected character");
                    }

                    return _text.Substring(start, _at - start) switch
                    {
                        "true" => true,
                        "false" => false,
                        "null" => null,
                        var number => number,
                    };
            }
        }

        private char Peek() => _at < _text.Length ? _text[_at] : '\0';

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw new System.FormatException("expected " + c);
            }

            _at++;
        }

        private void SkipSpace()
        {
            while (_at < _text.Length)
            {
                var c = _text[_at];
                if (char.IsWhiteSpace(c))
                {
                    _at++;
                }
                else if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] == '/')
                {
                    while (_at < _text.Length && _text[_at] != '\n')
                    {
                        _at++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private string ReadString()
        {
            Expect('"');
            var builder = new StringBuilder();
            while (_at < _text.Length)
            {
                var c = _text[_at++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (_at >= _text.Length)
                {
                    break;
                }

                var escape = _text[_at++];
                switch (escape)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'u' when _at + 4 <= _text.Length
                        && int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        builder.Append((char)code);
                        _at += 4;
                        break;
                    case 'u':
                        throw new System.FormatException("bad escape");
                    default: builder.Append(escape); break;
                }
            }

            throw new System.FormatException("unterminated string");
        }
    }
}
