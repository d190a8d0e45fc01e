using System.Diagnostics;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class MarkdownBudgetTests
{
    [Fact]
    public void A_real_article_with_quotes_lists_emphasis_links_and_rules_keeps_to_the_budget()
    {
        var markdown = """
            Byrådet mødtes **i går** og _vedtog_ budgettet ([se referatet](https://example.org/a_b_c)).

            > Det er et *godt* budget, siger borgmesteren.
            > > Citeret fra [[1]](https://example.org).

            - Skoler
              - Nye tage
                1. Vest
                2. Øst

            ***

            ```csharp
            var x = a * b * c;
            ```

            ____________________________________________________________________________________
            """;
        Assert.Null(MarkdownBudget.Exceeded(markdown));
    }

    [Theory]
    [InlineData(">", "nested")]
    [InlineData("> ", "nested")]
    [InlineData("- ", "nested")]
    [InlineData("1. ", "nested")]
    [InlineData("[", "brackets")]
    [InlineData("*a ", "emphasis")]
    public void Nesting_past_the_budget_is_found_on_its_line(string unit, string reason)
    {
        var markdown = "Indledning.\n\n" + string.Concat(Enumerable.Repeat(unit, 5000)) + "x\n";
        var over = MarkdownBudget.Exceeded(markdown);
        Assert.NotNull(over);
        Assert.Equal(3, over.Value.Line);
        Assert.Contains(reason, over.Value.Reason);
    }

    [Fact]
    public void A_list_nested_by_indentation_is_counted_by_its_indentation()
    {
        var lines = Enumerable.Range(0, 1000).Select(depth => new string(' ', 2 * depth) + "- niveau " + depth);
        var over = MarkdownBudget.Exceeded(string.Join("\n", lines));
        Assert.NotNull(over);
        Assert.Equal(MarkdownBudget.MaxBlockDepth + 1, over.Value.Line);
    }

    [Fact]
    public void Indented_code_is_not_nesting()
        => Assert.Null(MarkdownBudget.Exceeded("Kode:\n\n" + new string(' ', 200) + "x = 1\n"));

    [Fact]
    public void A_long_run_of_one_delimiter_inside_text_is_over_but_a_rule_is_not()
    {
        Assert.Contains("run of 100 '_'", MarkdownBudget.Exceeded("tekst " + new string('_', 100) + "x")!.Value.Reason);
        Assert.Null(MarkdownBudget.Exceeded(new string('*', 500)));
        Assert.Null(MarkdownBudget.Exceeded("`````````` \n kode \n``````````"));
    }

    [Fact]
    public void Brackets_closed_within_a_paragraph_and_open_ones_ended_by_a_blank_line_do_not_add_up()
    {
        var closed = string.Concat(Enumerable.Repeat("[a](b) ", 5000));
        var separated = string.Join("\n\n", Enumerable.Repeat("[[[[[[[[[[ ", 100));
        Assert.Null(MarkdownBudget.Exceeded(closed));
        Assert.Null(MarkdownBudget.Exceeded(separated));
    }

    [Fact]
    public void A_body_larger_than_the_budget_is_refused_by_its_size()
        => Assert.Contains("million characters", MarkdownBudget.Exceeded(new string('a', MarkdownBudget.MaxChars + 1))!.Value.Reason);

    [Fact]
    public void The_check_of_a_pathological_megabyte_takes_milliseconds()
    {
        var text = string.Concat(Enumerable.Repeat("- > [*_", 150_000));
        var clock = Stopwatch.StartNew();
        Assert.NotNull(MarkdownBudget.Exceeded(text));
        Assert.True(clock.ElapsedMilliseconds < 500, $"{clock.ElapsedMilliseconds} ms");
    }
}
