#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kBody =
    "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule.\n";
}

TEST_CASE("headline: first title-like segment followed by body", "[text][headline]") {
    auto run = document_of("Menu\nCity Council Approves New Cycling Plan\nUpdated:\n" + kBody);
    apply_boilerplate_phrases(run.doc, run.article);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
    CHECK(run.doc.roles[1] == Role::headline);
}

TEST_CASE("headline: title line repeated later, site suffix -> publisher", "[text][headline]") {
    auto run = document_of("City Council Approves New Cycling Plan | The Daily Example\n\nHome\nNews\nSport\n\n"
                           "City Council Approves New Cycling Plan\n\n" + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
    CHECK(run.article.publisher == "The Daily Example");
    CHECK(run.doc.roles[4] == Role::headline);
    CHECK(run.doc.roles[0] == Role::metadata);
}

TEST_CASE("headline: sentences and lone words are not headlines", "[text][headline]") {
    auto run = document_of("Home\nThis is a sentence that ends with a period.\n" + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline.empty());
}

TEST_CASE("headline-evidence: the title followed by its byline beats menu lines", "[text][headline]") {
    auto run = document_of("Skip to content\nLatest Stories From Our Region\nSport\n"
                           "Harbour Bridge Closed for Repairs Until Spring\n"
                           "By Jane Doe and Max Roe\nNov. 2, 2023\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
}

TEST_CASE("headline-evidence: a subtitle line belongs to the headline block", "[text][headline]") {
    auto run = document_of("Menu\nHarbour Bridge Closed for Repairs Until Spring\n"
                           "Drivers face long detours for months\nBy Jane Doe\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
}

TEST_CASE("headline-evidence: a repeat (share widget, breadcrumb) counts", "[text][headline]") {
    auto run = document_of("Home\nThe Shortest Summer Nights of the Decade\n"
                           "Five Tips for Better Sleep in the Heat\n" + kBody +
                           "Share options for: Five Tips for Better Sleep in the Heat\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Five Tips for Better Sleep in the Heat");
}

TEST_CASE("headline-evidence: lines inside the body or below the byline lose", "[text][headline]") {
    auto run = document_of("City Council Approves New Cycling Plan\nBy Jane Doe\n" + kBody + kBody +
                           "What the Plan Means for Drivers\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
}

TEST_CASE("headline: date labels, attributions, bylines and markup are no headlines", "[text][headline]") {
    for (const std::string line : {"Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM",
                                   "\u2014 The City Council (@citycouncil) October 9, 2018",
                                   "21:17 18.11.2019 Get short URL", "By Meg James Staff Writer",
                                   "<span data-type=\"bookmark\" style=\"display: inline\"> Text Here"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline.empty());
    }
}

TEST_CASE("headline: an unrepeated title line yields to a strongly marked on-page headline", "[text][headline]") {
    auto run = document_of("Bridge closure: what drivers need to know - The Daily Example\nHome\nNews\n"
                           "Harbour Bridge Closed for Repairs Until Spring\nBy Jane Doe\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
    CHECK(run.article.publisher == "The Daily Example");
    auto weak = document_of("Bridge closure: what drivers need to know - The Daily Example\nHome\nNews\n" + kBody);
    apply_headline(weak.doc, weak.article);
    CHECK(weak.article.headline == "Bridge closure: what drivers need to know");
}

TEST_CASE("headline: title-similarity finds the page's wording of an unrepeated title line", "[text][headline]") {
    auto run = document_of("Bridge closure: Harbour bridge repairs to last until spring - The Daily Example\n"
                           "Home\nNews\nLatest Stories From Our Region Today\n"
                           "Harbour Bridge Repairs Will Last Until Spring, City Says\n"
                           "Drivers are told to plan for detours.\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Repairs Will Last Until Spring, City Says");
    CHECK(run.article.publisher == "The Daily Example");
}

TEST_CASE("headline: bracketed credits are no headlines", "[text][headline]") {
    auto run = document_of("Menu\n(Reed Example / Associated Press)\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline.empty());
}

TEST_CASE("headline: organisation lines and breadcrumbs are no headlines", "[text][headline]") {
    for (const std::string line : {"The Associated Press", "The Daily Example Times", "Home \u00BB Column \u00BB"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline.empty());
    }
}

TEST_CASE("headline-evidence: an outdented line (inscriptis nesting) wins a tie", "[text][headline]") {
    // Both lines are followed by body text; the headline sits left of the
    // teaser list above it and the standfirst below it.
    auto run = document_of("      Mac Studio Shipping in December\n"
                           "    Harbour Bridge Repairs Will Last Until Spring\n"
                           "      " + kBody + "      " + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Repairs Will Last Until Spring");
}

TEST_CASE("headline: labels, quoted sentences, notices and excerpts are no headlines", "[text][headline]") {
    for (const std::string line : {"Q: Favorite live event you have ever attended?",
                                   "Photo: Jane Example, STF / Example Press",
                                   "Image copyright Example Images Ltd",
                                   "\"That's it, I have tried to work this out privately.\"",
                                   "We've detected you are on an old browser. For the best experience, update",
                                   "Sometimes people ask me why this or that place became [\u2026]"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline.empty());
    }
}

TEST_CASE("headline: Title Case keeps a final period and inner stops; abbreviations are no stops", "[text][headline]") {
    for (const std::string line : {"Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn't Worry.",
                                   "New York man pleads guilty to threatening Rep. Jane Example",
                                   "The VW ID. Space Concept is a weird electric wagon"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline == line);
    }
}

TEST_CASE("headline: logo-line - a short first line repeated in the footer is no title", "[text][headline][logo-line]") {
    auto run = document_of("Submit a Topic\n\nHome\nNews\n\nCity Council Approves New Cycling Plan\n\n"
                           "By Jane Roe\n" + kBody + kBody + kBody + "\nSubmit a Topic\n");
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
}

TEST_CASE("headline: lead-figure - a caption and credit between headline and byline", "[text][headline][lead-figure]") {
    auto run = document_of("Menu\n\nShare this\n\nCity Council Approves New Cycling Plan\n\n"
                           "The old bridge at dusk on Monday, before the works began.\n(Jane Roe / City Times)\n\n"
                           "By Jane Roe\n\nWatch Our Latest Video Series\n\nBy John Roe\n\nMenu\n\nNews\n\n" + kBody + kBody);
    apply_boilerplate_phrases(run.doc, run.article);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
}

TEST_CASE("headline: lead-part-repeat - the first part of a many-part title line, repeated", "[text][headline][lead-part]") {
    auto run = document_of("Cup Standings | Example Racing | F1 | Indy | Rally\n\nHome\nNews\n\n"
                           "Cup Standings\n\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Cup Standings");
    CHECK(run.doc.roles[3] == Role::headline);
}

TEST_CASE("headline: lead-part-repeat ignores dashes, which headlines use", "[text][headline][lead-part]") {
    auto run = document_of("Game review - shoots for the moon - Example Games\n\nGame Review\n\n"
                           "Game review \u2013 shoots for the moon\n\nBy Jane Roe\n\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline != "Game Review");
}

TEST_CASE("headline: no-links, byline-marker and real-words parts reject widget lines", "[text][headline][title-like]") {
    auto run = document_of("Menu\n\nRiver Floods Reach The Old Town Again\n\nNovember 20\n\n"
                           "by Example News Weekly 0 Comments\n\n" + kBody + kBody +
                           "\n\nMayor expresses concern over #floods, says 900 homes may be lost https://t.co/abc\n\n"
                           "h J R\n\nBy Jane Roe\n\n" + kBody + kBody);
    apply_boilerplate_phrases(run.doc, run.article);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "River Floods Reach The Old Town Again");
}

TEST_CASE("headline: real-words keeps CJK titles", "[text][headline][title-like]") {
    auto run = document_of("# 商品の改造が商標法違反に！？\n\n" + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "商品の改造が商標法違反に！？");
}

TEST_CASE("headline: on-page-whole - a headline below the title line keeps its separator parts",
          "[text][headline][on-page-whole]") {
    auto run = document_of("Menu\nNews\nDesign Week 2023 | Lamp Installation Lights Up the Old Courtyard\n"
                           "By Jane Doe\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Design Week 2023 | Lamp Installation Lights Up the Old Courtyard");
    CHECK(run.article.publisher.empty());
}

TEST_CASE("headline: credit-by and teaser-label lines are no headlines", "[text][headline][teaser-label]") {
    for (const std::string line : {"Photo by Jane Example/Example Images", "Foto von Max Beispiel / Beispiel Agentur",
                                   "Read Next Harbour Bridge Repairs Will Last Until Spring",
                                   "Lesen Sie auch Die Brücke bleibt bis zum Frühjahr gesperrt",
                                   "Читайте также Мост закрыт до весны из-за ремонта"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline.empty());
    }
    // The label must be the whole first word(s): "Readers ..." is no "read ..." label.
    auto run = document_of("Menu\nReaders Next Door Share Their Harbour Bridge Stories\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Readers Next Door Share Their Harbour Bridge Stories");
}

TEST_CASE("headline: column-cell - the widest cell of a laid-out headline row", "[text][headline][column-cell]") {
    auto run = document_of("Menu\n      Harbour Bridge Closed for Repairs Until Spring          Home     \n"
                           "By Jane Doe\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
}

TEST_CASE("headline: arrow-item lines and lines ending with a comma are no headlines", "[text][headline][arrow-item]") {
    for (const std::string line : {"\u00BB Column of the Week by Our Critic", "\u203A More Stories From the Harbour",
                                   "Example Press Agency, Washington,"}) {
        auto run = document_of("Menu\n" + line + "\n" + kBody + kBody);
        apply_headline(run.doc, run.article);
        CHECK(run.article.headline.empty());
    }
}

TEST_CASE("headline: short-headline - two words compete only right above a dateline or byline",
          "[text][headline][short-headline]") {
    auto run = document_of("Menu\nAbout bugs\nAugust 13, 2018\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "About bugs");
    auto acronym = document_of("Menu\nClassificação NASCAR\nsexta-feira, 22 de outubro de 2010\n" + kBody + kBody);
    apply_headline(acronym.doc, acronym.article);
    CHECK(acronym.article.headline == "Classificação NASCAR");
    // Without a dateline below, two words are a menu item.
    auto menu = document_of("Menu\nAbout bugs\n" + kBody + kBody + kBody);
    apply_headline(menu.doc, menu.article);
    CHECK(menu.article.headline.empty());
    // A person's name above a date is a comment author.
    auto comment = document_of("Menu\nJane Doe\nAugust 13, 2018\n" + kBody + kBody);
    apply_headline(comment.doc, comment.article);
    CHECK(comment.article.headline.empty());
}

TEST_CASE("headline: a publisher byline and a breadcrumb are no headlines; the headline above the byline wins",
          "[text][headline][publisher-byline]") {
    auto run = document_of("Menu\nHarbour Bridge Closed for Repairs Until Spring\n"
                           "Jane Doe and Max Roe Example Today\nPublished 2:16 AM EST Nov 20, 2019\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
    auto crumbs = document_of("Menu\nBlog > Nutrition > Meal Plans\nBy Jane Doe\n" + kBody + kBody);
    apply_headline(crumbs.doc, crumbs.article);
    CHECK(crumbs.article.headline.empty());
}

TEST_CASE("headline-evidence: a deeper-indented line is no subtitle (inscriptis)", "[text][headline][subtitle]") {
    // "Watch Live" sits in another container than the headline below it; it
    // must not borrow the headline's byline.
    auto run = document_of("Watch Live Coverage\n"
                           "          Harbour Bridge Closed for Repairs Until Spring\n"
                           "          By Jane Doe\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
}

TEST_CASE("headline: marked-repeat - of several repeats of the title line, the one above its byline",
          "[text][headline][marked-repeat]") {
    auto run = document_of("Harbour Bridge Closed for Repairs Until Spring - The Daily Example\nNews\n"
                           "Harbour Bridge Closed for Repairs Until Spring\nCity Council Approves New Cycling Plan\n"
                           "Sport\nHarbour Bridge Closed for Repairs Until Spring\nBy Jane Doe\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
    CHECK(run.doc.headline == 5);
    CHECK(run.article.publisher == "The Daily Example");
}

TEST_CASE("headline: marked-repeat - of two level-1 headings, the one above its byline", "[text][headline][marked-repeat]") {
    auto run = document_of("# Harbour Bridge Closed for Repairs Until Spring\n\n* Donate\n* Subscribe\n\nNov. 20, 2019\n\n"
                           "## Article Browser\n\nCity Council Approves New Cycling Plan\n\n"
                           "# Harbour Bridge Closed for Repairs Until Spring\n\nBy Jane Doe\n\n" + kBody + "\n" + kBody);
    apply_headline(run.doc, run.article);
    REQUIRE(run.doc.headline != TextDocument::npos);
    CHECK(run.doc.segments[run.doc.headline + 1].text == "By Jane Doe");
}

TEST_CASE("headline: quoted-repeat - the title quoted in a comment header counts", "[text][headline][quoted-repeat]") {
    // Share buttons keep the headline far from the body; the teaser line
    // right above the body would win without the quote.
    auto run = document_of("Menu\n\nFive Tips for Better Sleep in the Heat\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\n"
                           "How to avoid falling for every sleep myth\n\n" + kBody + "\nDrivers were warned. " + kBody +
                           "\nCyclists were glad. " + kBody +
                           "\n10 thoughts on \u201CFive Tips for Better Sleep in the Heat\u201D\n");
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Five Tips for Better Sleep in the Heat");
}

TEST_CASE("headline: two sentences - an inner ! or ? after any lower-case word", "[text][headline][two-sentences]") {
    auto run = document_of("Menu\nThanks so much for reading this article, too! You are awesome yourself \U0001F642\n" + kBody +
                           kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline.empty());
}

TEST_CASE("headline: title-repeat takes the longest repeat of the title line", "[text][headline][title-repeat]") {
    auto run = document_of("Harbour Games 3 / October Pack - Example Games\nHome\nHarbour Games 3\nNews\n"
                           "Harbour Games 3 / October Pack\n" + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Games 3 / October Pack");
    CHECK(run.article.publisher == "Example Games");
}

TEST_CASE("headline-evidence: date-above - a plain dateline right above the headline is its own",
          "[text][headline][date-above]") {
    // The headline has its date above and the article below; the teaser
    // further down has a date near below it.
    auto run = document_of("Home\n\nNovember 18, 2019\n\nHarbour Bridge Closed for Repairs Until Spring\n\n" + kBody +
                           "\nA\n\nB\n\nC\n\nCity Council Approves New Cycling Plan Today\n\nNews\n\n"
                           "November 17, 2019\n");
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Harbour Bridge Closed for Repairs Until Spring");
}

TEST_CASE("headline-evidence: call-to-action - a promo ending in '!' loses a tie with a dated headline",
          "[text][headline][call-to-action]") {
    // A dated two-word headline over a long table (no body text within its
    // reach: 3 points), and a sidebar promo with body-like text after it
    // (4 points). The promo's "!" costs it the point that decides.
    std::string table;
    for (int row = 1; row <= 13; ++row) table += std::to_string(row) + " Driver Name " + std::to_string(5000 - row) + "\n";
    const std::string page_head = "Menu\nStandings NASCAR\nFriday, 22 October 2010\n" + table + "\n";
    const std::string promo = "Click the photo of our columnist and read the columns he writes about racing";
    auto run = document_of(page_head + promo + "!\n" + kBody + kBody + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "Standings NASCAR");
    // Without the "!" the same promo line has the most evidence.
    auto plain = document_of(page_head + promo + "\n" + kBody + kBody + kBody);
    apply_headline(plain.doc, plain.article);
    CHECK(plain.article.headline == promo);
    // A headline with "!" and nothing better on the page still wins.
    auto exclaimed = document_of("Menu\nThe Beauty of Korea Revealed at the Festival!\nBy Jane Doe\n" + kBody + kBody);
    apply_headline(exclaimed.doc, exclaimed.article);
    CHECK(exclaimed.article.headline == "The Beauty of Korea Revealed at the Festival!");
}
