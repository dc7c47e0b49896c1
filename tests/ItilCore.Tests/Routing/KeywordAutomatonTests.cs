using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItilCore.Routing;
using ItilCore.Tests.Support;
using Xunit;

namespace ItilCore.Tests.Routing;

/// <summary>
/// The keyword automaton in both of its forms: the DFA table and, for keywords over thousands of characters, the sparse
/// form with failure links. Both must find exactly the keywords a plain search finds.
/// </summary>
public class KeywordAutomatonTests
{
    // Letters that share prefixes and suffixes (failure links), a non-ASCII letter with a case, a CJK character, a space.
    private const string Alphabet = "abcaÉé字 ";

    [ItilProperty]
    public Property BothForms_OnRandomKeywordsAndTexts_FindWhatAPlainSearchFinds()
        => Prop.ForAll(
            Gen.ListOf(Word(1, 4), 12).Select(w => w.Select(RoutingValues.Fold).Distinct(StringComparer.Ordinal).ToArray()).ToArbitrary(),
            Gen.ListOf(Word(0, 30), 10).Select(t => t.ToArray()).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (patterns, texts, seed) =>
            {
                if (patterns.Length == 0)
                {
                    return true.ToProperty();
                }

                var (substring, wholeWord) = Uses(patterns.Length, new Random(seed));
                var dense = new KeywordAutomaton(patterns, substring, wholeWord);
                var sparse = new KeywordAutomaton(patterns, substring, wholeWord, denseLimit: 0);
                foreach (var text in texts)
                {
                    var expected = PlainSearch(patterns, substring, wholeWord, text);
                    var fromDense = Found(dense, text, patterns.Length * 2);
                    var fromSparse = Found(sparse, text, patterns.Length * 2);
                    if (!dense.IsDense || sparse.IsDense || !fromDense.SequenceEqual(expected) || !fromSparse.SequenceEqual(expected))
                    {
                        return false.Label($"text '{text}', keywords [{string.Join(", ", patterns)}]: expected {string.Join(",", expected)}, dense {string.Join(",", fromDense)}, sparse {string.Join(",", fromSparse)}");
                    }
                }

                return true.ToProperty();
            });

    [Fact]
    public void FourThousandChineseKeywords_TakeTheSparseForm_InLittleMemory_AndAreAllFound()
    {
        var random = new Random(20261128);
        var patterns = Enumerable.Range(0, 4_000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(2, 5)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3_000)).ToArray()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var substring = Enumerable.Range(0, patterns.Length).ToArray();
        var wholeWord = Enumerable.Repeat(-1, patterns.Length).ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var automaton = new KeywordAutomaton(patterns, substring, wholeWord);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(automaton.IsDense);
        Assert.True(automaton.StateCount > 8_000, $"{automaton.StateCount} states");

        // The DFA table would be states × distinct characters (about 10,000 × 3,000 entries, over 100 MiB); the sparse form
        // is in proportion to the keywords.
        Assert.True(allocated < 32L * 1024 * 1024, $"building the automaton allocated {allocated / (1024 * 1024)} MiB");

        // Texts made of keywords and other characters: the automaton finds what a plain search finds.
        for (var t = 0; t < 50; t++)
        {
            var text = string.Concat(Enumerable.Range(0, 8).Select(_ => random.Next(3) == 0 ? "，问题 " : patterns[random.Next(patterns.Length)]));
            var expected = PlainSearch(patterns, substring, wholeWord, text);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Found(automaton, text, patterns.Length));
        }
    }

    [Fact]
    public void SparseForm_FollowsFailureLinks_AcrossOverlappingKeywords()
    {
        // "she" ends inside "ushers" where "he" and "hers" also end: the textbook case for failure links.
        string[] patterns = ["he", "she", "his", "hers"];
        var automaton = new KeywordAutomaton(patterns, [0, 1, 2, 3], [-1, -1, -1, -1], denseLimit: 0);

        Assert.False(automaton.IsDense);
        Assert.Equal([0, 1, 3], Found(automaton, "ushers", 4));
        Assert.Equal([2], Found(automaton, "this", 4));
        Assert.Equal([0, 1], Found(automaton, "usher", 4));
    }

    private static Gen<string> Word(int min, int max)
        => Gen.Choose(min, max).SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), length)).Select(chars => new string(chars));

    // Each pattern used as a substring keyword, a whole-word keyword, or both; ids 2p and 2p + 1.
    private static (int[] Substring, int[] WholeWord) Uses(int count, Random random)
    {
        var substring = new int[count];
        var wholeWord = new int[count];
        for (var p = 0; p < count; p++)
        {
            var use = random.Next(3);
            substring[p] = use != 1 ? 2 * p : -1;
            wholeWord[p] = use != 0 ? (2 * p) + 1 : -1;
        }

        return (substring, wholeWord);
    }

    private static int[] Found(KeywordAutomaton automaton, string text, int ids)
    {
        Span<ulong> found = stackalloc ulong[(ids + 63) / 64];
        automaton.Scan(text, int.MaxValue, found);
        var result = new List<int>();
        for (var id = 0; id < ids; id++)
        {
            if ((found[id >> 6] & (1UL << id)) != 0)
            {
                result.Add(id);
            }
        }

        return [.. result];
    }

    private static int[] PlainSearch(string[] patterns, int[] substring, int[] wholeWord, string text)
    {
        var folded = RoutingValues.Fold(text);
        var result = new SortedSet<int>();
        for (var p = 0; p < patterns.Length; p++)
        {
            for (var at = folded.IndexOf(patterns[p], StringComparison.Ordinal); at >= 0; at = folded.IndexOf(patterns[p], at + 1, StringComparison.Ordinal))
            {
                if (substring[p] >= 0)
                {
                    result.Add(substring[p]);
                }

                var end = at + patterns[p].Length;
                if (wholeWord[p] >= 0
                    && (at == 0 || !RoutingValues.IsWordBefore(text, at - 1))
                    && (end >= text.Length || !RoutingValues.IsWordAfter(text, end)))
                {
                    result.Add(wholeWord[p]);
                }
            }
        }

        return [.. result];
    }
}
