#include <catch2/catch.hpp>

#include "text/rules/body.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("body: context pass (jusText)", "[text][body]") {
    using C = BlockClass;
    CHECK(revise_classes({C::good, C::short_block, C::good}) == std::vector<C>{C::good, C::good, C::good});
    CHECK(revise_classes({C::bad, C::short_block, C::bad}) == std::vector<C>{C::bad, C::bad, C::bad});
    CHECK(revise_classes({C::bad, C::near_good, C::bad}) == std::vector<C>{C::bad, C::bad, C::bad});
    CHECK(revise_classes({C::good, C::near_good, C::bad}) == std::vector<C>{C::good, C::good, C::bad});
    CHECK(revise_classes({C::good, C::short_block, C::near_good, C::bad}) ==
          std::vector<C>{C::good, C::good, C::good, C::bad});
}

TEST_CASE("body: link tokens and reading times are bad, short text short", "[text][body]") {
    CHECK(classify_block("Visit https://example.com and www.example.org for more offers and deals today",
                         "visit https://example.com", "en", false) == BlockClass::bad);
    CHECK(classify_block("The show runs from Oct. 11 to 21 in Harrisburg, and tickets and the full schedule of "
                         "classes are listed at www.example.org for everyone who wants to plan a visit there.",
                         "", "en", false) == BlockClass::near_good);
    CHECK(classify_block("4 Min read", "4 min read", "en", false) == BlockClass::bad);
    CHECK(classify_block("Home", "home", "en", false) == BlockClass::short_block);
}

TEST_CASE("body: paragraphs, lists and headings inside the article, menus out", "[text][body]") {
    auto run = document_of(
        "Home\nNews\nSport\nWeather\n\n"
        "# Council Approves Cycling Plan\n\n"
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n"
        "The plan foresees:\n\n* four new routes\n* two bridges\n\n"
        "## Critics\n\n"
        "Shop owners in the pedestrian zone fear that their customers will no longer be able to reach them by car, "
        "and they have asked the council to hold a public hearing before the first works start in the centre.\n\n"
        "Comments\n\nGreat plan, finally something is done about the traffic in this town and its streets!\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.article.headline == "Council Approves Cycling Plan");
    REQUIRE(run.article.body.size() == 5);
    CHECK(run.article.body[0].kind == BlockKind::paragraph);
    CHECK(run.article.body[1].text == "The plan foresees:");
    CHECK(run.article.body[2].kind == BlockKind::list);
    CHECK(run.article.body[2].items == std::vector<std::string>{"four new routes", "two bridges"});
    CHECK((run.article.body[3].kind == BlockKind::heading && run.article.body[3].level == 2));
    CHECK(run.article.body[4].text.substr(0, 11) == "Shop owners");
}

TEST_CASE("navigation-run: a category list between good blocks stays out of the body", "[text][body][navigation-run]") {
    const std::string para1 =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    const std::string para2 =
        "Shop owners in the pedestrian zone fear that their customers will no longer be able to reach them by car, "
        "and they have asked the council to hold a public hearing before the first works start in the centre.\n\n";
    auto run = document_of(para1 + para2 + "Categories\nCity Hall\nCycling\nHousing Market\nLocal Sports\nWeather\n\n" +
                           "About the blog: it has been written since the year two thousand and ten by a group of "
                           "people who live in the town and care about what happens to it.\n");
    apply_body(run.doc, run.article);
    REQUIRE(run.article.body.size() == 3);
    CHECK(run.article.body[2].text.substr(0, 5) == "About");  // a run is one gap block: the cluster goes on
    CHECK(run.role_of("Cycling") == Role::unassigned);
    CHECK(run.role_of("Housing Market") == Role::unassigned);
}

TEST_CASE("navigation-run: a long list of teaser titles separates a widget from the article",
          "[text][body][navigation-run]") {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    std::string teasers;
    for (int t = 1; t <= 4 * static_cast<int>(5); ++t) teasers += "Teaser title number " + std::to_string(t) + "\n";
    auto run = document_of("# Council Approves Cycling Plan\n\n"
                           "Chat with us on the messenger to find out what is happening in the world as it unfolds.\n\n"
                           "JUST WATCHED\n\nReplay\n\nMore Videos\n\n" + teasers + "\n" + para + para);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("JUST WATCHED") != Role::body);
    CHECK(run.role_of("Chat with us on the messenger to find out what is happening in the world as it unfolds.") !=
          Role::body);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.front().text.substr(0, 11) == "The council");
}

TEST_CASE("navigation-run: teaser titles inside the article are a widget, a list introduced by a colon is not",
          "[text][body][navigation-run]") {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade, the mayor "
        "said.\n\n";
    auto run = document_of("# Council Approves Cycling Plan\n\n" + para + para +
                           "Cycling Plan Coverage More\n"
                           "Watch live: the council debates the cycling plan at a pivotal hearing\n"
                           "Key moments from the first hearing\n"
                           "Seven key moments from the first council hearing on the cycling plan\n"
                           "The mayor did not see the link\n\n" +
                           para + para);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Key moments from the first hearing") != Role::body);
    CHECK(run.article.body.size() == 4);

    auto toc = document_of("# Council Approves Cycling Plan\n\n" + para + para +
                           "Summary\n\nThis post will discuss the following:\n\n"
                           "Why the plan is promising. (More)\nRisks we see with the plan. (More)\n"
                           "Our plans for following the work. (More)\n\n" + para + para);
    apply_headline(toc.doc, toc.article);
    apply_body(toc.doc, toc.article);
    CHECK(toc.role_of("This post will discuss the following:") == Role::body);
}

TEST_CASE("navigation-run: short sentences are not navigation", "[text][body][navigation-run]") {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    auto run = document_of(para + "He said no.\nShe said yes.\nThey left.\nIt rained.\nWe stayed home.\n\n" + para);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("They left.") == Role::body);
}

TEST_CASE("clean-gap-merge: the article's start split off by a table joins the body", "[text][body][clean-gap-merge]") {
    const std::string intro =
        "Below, we look at the numbers of the team for the whole season and what they tell us about the coming "
        "games, which will decide whether the club can still reach the play-offs this spring.\n\n";
    const std::string para =
        "There is a lot to sort through here, and the coach said after the game that he was not happy with the "
        "way his players defended, although the results of the last weeks were better than expected.\n\n";
    std::string stats;
    for (int r = 0; r < 6; ++r) stats += "DL Player Name 63 85% 1 tackle (1 combined). 1 sack.\n";
    auto run = document_of("# Team Numbers Of The Season\n\n" + intro + stats + "\n" + para + para + para + para);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.front().text.substr(0, 6) == "Below,");
}

TEST_CASE("clean-gap-merge: entries of a list of offers between two parts of the article join them",
          "[text][body][clean-gap-merge]") {
    const std::string intro =
        "Welcome to the daily deals, your source for the best deals on the things you actually want to buy, and "
        "follow us on the social networks to hear about them as soon as they go live in the shops, which is what "
        "most of our readers do every morning.\n\n";
    const std::string para =
        "There is a lot to sort through here, and the shop said on Monday that it was not happy with the way the "
        "prices of its rivals went down, although the results of the last weeks were better than expected for all "
        "of them.\n\n";
    std::string offers;  // four entries: twelve segments between the two parts
    for (int o = 1; o <= 4; ++o) {
        offers += "New Price Drop: Watch Series " + std::to_string(o) + " 38mm Smart Watch for $169.99 (Originally $200)\n\n"
                  "It is a fight to get them to drop prices on their watches, and now they did.\n\n"
                  "Get it on Amazon for $169.99\n\n";
    }
    auto run = document_of("# Daily Deals Of The Week\n\n" + intro + offers + para + para + para + para);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.front().text.substr(0, 10) == "Welcome to");
}

namespace {
std::string forward_gap_page(const std::string& gap) {
    const std::string para =
        "There is a lot to sort through here, and the coach said after the game that he was not happy with the "
        "way his players defended, although the results of the last weeks were better than expected.\n\n";
    const std::string later =
        "The second player we talked to said that she had always wanted to cook for other people, and that the "
        "blog started as a way to keep the recipes of her grandmother in one place for the family.\n\n";
    return "# Team Numbers Of The Season\n\n" + para + para + para + gap + later + later;
}
}  // namespace

TEST_CASE("clean-gap-merge-forward: interview parts split by names and handles stay one body",
          "[text][body][clean-gap-merge]") {
    auto run = document_of(forward_gap_page("www.example.org\n\nJane Roe\n\nwww.example.net\n\nwww.example.com\n\n"));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.back().text.substr(0, 10) == "The second");
}

TEST_CASE("clean-gap-merge-forward: a gap with a date line (teaser list) stops the body",
          "[text][body][clean-gap-merge]") {
    auto run = document_of(forward_gap_page("www.example.org\n\nWednesday November 20, 2019\n\nwww.example.net\n\nwww.example.com\n\n"));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.back().text.substr(0, 9) == "There is ");
}

TEST_CASE("clean-gap-merge-forward: a date inside a cited URL is no date line", "[text][body][clean-gap-merge]") {
    auto run = document_of(forward_gap_page("http://www.example.org/2013/02/the-mayor-speaks.html\n\nThe Mayor Speaks\n\n"
                                            "http://example.net/2011/09/07/council-decision/\n\nThe Council Decides\n\n"
                                            "http://example.com/archives/2364\n\n"));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.back().text.substr(0, 10) == "The second");
}

TEST_CASE("numbered-run: an enumeration with link lines closing the article stays in the body",
          "[text][body][numbered-run]") {
    const std::string para =
        "Black Friday is here again, and as every year the shops offer discounts on almost everything, so we "
        "picked the offers that readers who grew up in the eighties and nineties should not miss this week.\n\n";
    std::string items;
    for (int n = 1; n <= 4; ++n) items += std::to_string(n) + ") Product number " + std::to_string(n) + "\nhttp://example.org/p" + std::to_string(n) + "\n";
    auto run = document_of("# Offers Of The Week\n\n" + para + para + items);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Product number 1") == Role::body);
    CHECK(run.role_of("Product number 4") == Role::body);
    CHECK(run.role_of("http://example.org/p3") == Role::body);
}

TEST_CASE("numbered-run: horizontal rules between the items do not end the run", "[text][body][numbered-run]") {
    const std::string para =
        "Black Friday is here again, and as every year the shops offer discounts on almost everything, so we "
        "picked the offers that readers who grew up in the eighties and nineties should not miss this week.\n\n";
    std::string items;
    for (int n = 1; n <= 5; ++n) {
        items += std::to_string(n) + ") Product number " + std::to_string(n) + "\nhttp://example.org/p" + std::to_string(n) +
                 "\n\n* * *\n\n";
    }
    auto run = document_of("# Offers Of The Week\n\n" + para + para + items);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Product number 1") == Role::body);
    CHECK(run.role_of("Product number 5") == Role::body);
}

TEST_CASE("numbered-run: two numbered lines are no run", "[text][body][numbered-run]") {
    const std::string para =
        "Black Friday is here again, and as every year the shops offer discounts on almost everything, so we "
        "picked the offers that readers who grew up in the eighties and nineties should not miss this week.\n\n";
    auto run = document_of("# Offers Of The Week\n\n" + para + para + "1) Product number 1\nhttp://example.org/p1\n2) Product number 2\n");
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Product number 1") != Role::body);
}

namespace {
const std::string kProsePara =
    "The council approved the new bridge on Tuesday after a long and heated debate about its cost, and the mayor "
    "said that the works would start in the spring and that they should end two years later.\n\n";
// Few stopwords (names and figures), ends a sentence, long.
const std::string kNamesPara =
    "Imam Jafar Shadiq, Imam Malik, Imam Abu Hanifah, Imam Syafii, Imam Ahmad Hanbal, Imam Kulayni, Imam Bukhari, "
    "Imam Muslim, Imam Tirmidzi, Imam Nasai, Imam Abu Dawud, Imam Ibnu Majah: seluruhnya dua belas.\n\n";
}  // namespace

TEST_CASE("prose-rescue: a name-heavy paragraph inside the article stays", "[text][body][prose-rescue]") {
    auto run = document_of("# Offers Of The Week\n\n" + kProsePara + kProsePara + kNamesPara + kProsePara + kProsePara);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.article.body.size() == 5);
}

TEST_CASE("prose-rescue: a name-heavy paragraph ending with its web address stays", "[text][body][prose-rescue]") {
    const std::string listing =
        "VISIT the Pennsylvania National Horse Show, Oct. 11-21, in Harrisburg, PA. The historic show features the "
        "Grand Prix de Penn National, the Dover Saddlery/USEF National Hunter Seat Medal Final; www.example.org.\n\n";
    auto run = document_of("# Offers Of The Week\n\n" + kProsePara + kProsePara + listing + kProsePara + kProsePara);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.article.body.size() == 5);
}

TEST_CASE("prose-rescue: not at the article's edge", "[text][body][prose-rescue]") {
    auto run = document_of("# Offers Of The Week\n\n" + kNamesPara + kProsePara + kProsePara);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.article.body.size() == 2);
}

TEST_CASE("near-good-run: short paragraphs in a row above a list of steps are the article", "[text][body][near-good-run]") {
    // Each paragraph is near-good (prose, under kBodyLengthHigh); the steps
    // below are short or bad; a long footer notice is the only good block.
    const std::string intro =
        "If you have done the program before, you have seen how the meal plan complements the workouts well.\n\n"
        "The new program follows the same nutrition plan, so you can simply use the calculation from before.\n\n"
        "This meal plan works for both programs, so there is no need to figure out a whole new plan now.\n\n";
    std::string steps;
    for (int n = 1; n <= 6; ++n) steps += "Meal " + std::to_string(n) + "\n\nAsparagus Eggs [1 cup asparagus, 2 soft-boiled eggs, 1/2 cup sweet potato, "
                                                      "1 tsp. olive oil]\n\n";
    const std::string footer =
        "The information provided on this website was originally intended for an audience in one country, and the "
        "regulations in your country may vary; consult your physician before you begin any exercise program or use "
        "any supplement, especially if you have any unique medical conditions or needs of any kind at all.\n\n";
    auto run = document_of("# Meal Prep For The New Program\n\n" + intro + steps + footer);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.front().text.substr(0, 15) == "If you have don");
}

TEST_CASE("terminator: a comments header ends the body, a short sentence about comments does not",
          "[text][body][terminator]") {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    auto sentence = document_of("# Council Approves Cycling Plan\n\n" + para + "Smith declined to comment.\n\n" + para);
    apply_headline(sentence.doc, sentence.article);
    apply_body(sentence.doc, sentence.article);
    CHECK(sentence.role_of("Smith declined to comment.") == Role::body);
    CHECK(sentence.article.body.size() == 3);

    auto header = document_of("# Council Approves Cycling Plan\n\n" + para + "12 Comments\n\n" + para);
    apply_headline(header.doc, header.article);
    apply_body(header.doc, header.article);
    CHECK(header.article.body.size() == 1);
}

TEST_CASE("headline-in-sidebar: a widget title below a long article does not move the body",
          "[text][body][headline-in-sidebar]") {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    std::string article;
    for (int p = 0; p < 12; ++p) article += para;
    auto run = document_of(article + "# Researchers find a fossil bird\n\nNov 18, 2019\n\n" +
                           "Thank you for taking your time to send in your valued opinion to the editors of the site.\n\n"
                           "You can be assured our editors closely monitor every feedback sent and will act on it.\n\n");
    run.doc.headline = TextDocument::npos;
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        if (run.doc.segments[i].text == "Researchers find a fossil bird") {
            run.doc.headline = i;
            run.doc.roles[i] = Role::headline;
        }
    }
    REQUIRE(run.doc.headline != TextDocument::npos);
    apply_body(run.doc, run.article);
    CHECK(run.article.body.size() == 12);
    CHECK(run.article.body.front().text.substr(0, 11) == "The council");
}

namespace {
// An article whose box title was taken for the headline: paragraphs above
// and below it, a metadata line under it.
artnorm::test::RuleRun sandwich_page(const std::string& above_last) {
    const std::string para =
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n";
    auto run = document_of(para + para + above_last + "\n\nOne chapter over, another begun\n\nBy Jane Roe\n\n" + para +
                           para + para);
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        if (run.doc.segments[i].text == "One chapter over, another begun") {
            run.doc.headline = i;
            run.doc.roles[i] = Role::headline;
        }
        if (run.doc.segments[i].text == "By Jane Roe") run.doc.roles[i] = Role::metadata;
    }
    apply_body(run.doc, run.article);
    return run;
}
}  // namespace

TEST_CASE("headline-inside-article: article text right above and below a box title is one body",
          "[text][body][headline-inside-article]") {
    auto run = sandwich_page("Prosecutors told reporters that the decision had been taken after interviews with seven "
                             "witnesses, most of them in the spring.");
    CHECK(run.article.body.size() == 6);
}

TEST_CASE("headline-inside-article: a breadcrumb above the headline does not join",
          "[text][body][headline-inside-article]") {
    auto run = sandwich_page("Home Latest News Council approves the plan for the new bridges and cycling routes of the town");
    CHECK(run.article.body.size() == 3);
}

TEST_CASE("sentence-tail: short name-heavy sentences after the last paragraph close the article",
          "[text][body][sentence-tail]") {
    const std::string para =
        "Trinity Academy junior Ben Patton added to his collection of state titles on Saturday, winning the 200 yard "
        "individual medley for the third year in a row, and his coach said that he was far from done.\n\n";
    auto run = document_of("# State Swim Results\n\n" + para + para +
                           "Wichita West senior David Garcia finished second in the 50 yard freestyle.\n\n"
                           "Wichita East's Hugh McPherson won first place in the 100 yard freestyle.\n\n"
                           "Previous Next\n\nRecords fall as Wichita Heights wins the title\n\n");
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Wichita East's Hugh McPherson won first place in the 100 yard freestyle.") == Role::body);
    CHECK(run.role_of("Previous Next") != Role::body);
}
