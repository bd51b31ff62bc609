#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "metadata/byline.hpp"

using artnorm::parse_byline;
using artnorm::parse_name_publisher;
using Names = std::vector<std::string>;

TEST_CASE("byline marker: English", "[byline]") {
    CHECK(parse_byline("By Jane Doe") == Names{"Jane Doe"});
    CHECK(parse_byline("BY JANE DOE") == Names{"JANE DOE"});
    CHECK(parse_byline("by Jane Doe and John Smith") == Names{"Jane Doe", "John Smith"});
    CHECK(parse_byline("By Jane Doe, John Smith and Ann Lee") == Names{"Jane Doe", "John Smith", "Ann Lee"});
    CHECK(parse_byline("By Jane Doe & John Smith") == Names{"Jane Doe", "John Smith"});
    CHECK(parse_byline("Written by Jane Doe") == Names{"Jane Doe"});
    CHECK(parse_byline("  By Jane Doe.  ") == Names{"Jane Doe"});
    CHECK(parse_byline("By: Jane Doe") == Names{"Jane Doe"});
    CHECK(parse_byline("Author: Jane Doe") == Names{"Jane Doe"});
}

TEST_CASE("byline marker: agencies, roles and dates are cut", "[byline]") {
    CHECK(parse_byline("By Jane Doe | Reuters") == Names{"Jane Doe"});
    CHECK(parse_byline("By Jane Doe, Reuters") == Names{"Jane Doe"});
    CHECK(parse_byline("By Jane Doe and John Smith, Associated Press") == Names{"Jane Doe", "John Smith"});
    CHECK(parse_byline("By Jane Doe, Staff Writer") == Names{"Jane Doe"});
    CHECK(parse_byline("Posted by Jane Doe on November 2, 2023") == Names{"Jane Doe"});
    CHECK(parse_byline("Posted by Jane Doe on 2023-11-02 at 10:00") == Names{"Jane Doe"});
    CHECK(parse_byline("By Jane Doe Updated 2 hours ago") == Names{"Jane Doe"});
    CHECK(parse_byline("By Jane Doe (Moscow)") == Names{"Jane Doe"});
}

TEST_CASE("byline marker: other languages", "[byline]") {
    CHECK(parse_byline("Von Anna Müller und Jörg Schmidt") == Names{"Anna Müller", "Jörg Schmidt"});
    CHECK(parse_byline("Par Jean-Luc Martin et Amélie Durand") == Names{"Jean-Luc Martin", "Amélie Durand"});
    CHECK(parse_byline("Por José García y María López") == Names{"José García", "María López"});
    CHECK(parse_byline("Di Mario Rossi e Giulia Bianchi") == Names{"Mario Rossi", "Giulia Bianchi"});
    CHECK(parse_byline("Door Jan de Vries en Pieter van den Berg") == Names{"Jan de Vries", "Pieter van den Berg"});
    CHECK(parse_byline("Автор: Иван Петров") == Names{"Иван Петров"});
    CHECK(parse_byline("Автор: Иван Петров и Анна Смирнова") == Names{"Иван Петров", "Анна Смирнова"});
    CHECK(parse_byline("Av Kari Nordmann og Ola Hansen") == Names{"Kari Nordmann", "Ola Hansen"});
}

TEST_CASE("looks like a name: particles, initials, apostrophes", "[byline]") {
    CHECK(parse_byline("By J. R. Smith") == Names{"J. R. Smith"});
    CHECK(parse_byline("By J.R. Smith") == Names{"J.R. Smith"});
    CHECK(parse_byline("By Conor O'Brien") == Names{"Conor O'Brien"});
    CHECK(parse_byline("By Ludwig van Beethoven") == Names{"Ludwig van Beethoven"});
    CHECK(parse_byline("By Mohamed bin Salman") == Names{"Mohamed bin Salman"});
}

TEST_CASE("name with role: no marker, a role after the name", "[byline]") {
    CHECK(parse_byline("Jane Doe | Staff Writer") == Names{"Jane Doe"});
    CHECK(parse_byline("Pjotr Sauer, Moscow Bureau Chief") == Names{"Pjotr Sauer"});
    CHECK(parse_byline("Jane Doe - Reuters") == Names{"Jane Doe"});
    CHECK(parse_byline("Anna Müller, Korrespondentin") == Names{"Anna Müller"});
}

TEST_CASE("Lines that are no bylines", "[byline]") {
    CHECK(parse_byline("").empty());
    CHECK(parse_byline("By").empty());
    CHECK(parse_byline("By the way, this is not a byline").empty());
    CHECK(parse_byline("By 2025 the city wants to double its budget.").empty());
    CHECK(parse_byline("By doing so, officials hope to save money").empty());
    CHECK(parse_byline("Bystanders said the fire started at night").empty());
    CHECK(parse_byline("Par exemple, la ville veut économiser").empty());
    CHECK(parse_byline("Por favor, no lo hagas").empty());
    CHECK(parse_byline("Von Dienstag bis Freitag gilt die Regel").empty());
    CHECK(parse_byline("Door de regen werd het feest afgelast").empty());
    CHECK(parse_byline("Home | News").empty());
    CHECK(parse_byline("Moscow, Russia").empty());
    CHECK(parse_byline("Kazakhstan is known for its strict asylum policy.").empty());
    CHECK(parse_byline("By Jane Doe who has covered Russia for many years and who wrote this very long "
                       "sentence about many things that are not names at all.").empty());
}

TEST_CASE("organisation, not person; names printed twice", "[byline]") {
    CHECK(parse_byline("By Jill Disis, CNN Business") == Names{"Jill Disis"});
    CHECK(parse_byline("By Troy L. Smith, Cleveland.com") == Names{"Troy L. Smith"});
    CHECK(parse_byline("By Sean Martin Sean Martin") == Names{"Sean Martin"});
    CHECK(parse_byline("Caroline Hawley, BBC diplomatic correspondent") == Names{"Caroline Hawley"});
    CHECK(parse_byline("Aregbesola Swears-In Commissioners, Special Advisers 11 comments").empty());
    CHECK(parse_byline("by India Post News Weekly 0 Comments").empty());
}

TEST_CASE("credentials after names are dropped", "[byline]") {
    CHECK(parse_byline("Written by Rachael Link, MS, RD on November 14, 2019") == Names{"Rachael Link"});
    CHECK(parse_byline("By John Smith, Jr.") == Names{"John Smith"});
    CHECK(parse_byline("by European Space Agency").empty());
}

TEST_CASE("name then role: a role right after the name ends it", "[byline]") {
    CHECK(parse_byline("By Meg James Staff Writer") == std::vector<std::string>{"Meg James"});
    CHECK(parse_byline("By Meg James, Senior Correspondent") == std::vector<std::string>{"Meg James"});
    CHECK(parse_byline("By Staff Writer").empty());
}

TEST_CASE("byline marker alone", "[byline]") {
    CHECK(artnorm::is_byline_marker("By"));
    CHECK(artnorm::is_byline_marker(" Von "));
    CHECK(artnorm::is_byline_marker("Autor:"));
    CHECK_FALSE(artnorm::is_byline_marker("Text"));
    CHECK_FALSE(artnorm::is_byline_marker("By Jane Doe"));
}

TEST_CASE("no determiner: titles after 'By' are no names", "[byline]") {
    CHECK(parse_byline("By Any Means Necessary").empty());
    CHECK(parse_byline("By The Numbers").empty());
    CHECK(parse_byline("Por Todos Los Medios").empty());
    CHECK(parse_byline("By Anya Means") == Names{"Anya Means"});
}

TEST_CASE("name then role: organisation words qualify the role", "[byline]") {
    CHECK(parse_byline("By Michael Example Business Columnist") == Names{"Michael Example"});
}

TEST_CASE("cut the tail: 'published' words of several languages", "[byline]") {
    CHECK(parse_byline("Von Moritz Example publiziert am 25. September 2018") == Names{"Moritz Example"});
    CHECK(parse_byline("Por Ana Exemplo publicado em 3 de abril de 2024") == Names{"Ana Exemplo"});
}

TEST_CASE("name with publisher: names, then a publisher without a separator", "[byline][name-publisher]") {
    CHECK(parse_name_publisher("Kevin Johnson and Kevin McCoy USA TODAY") ==
          std::vector<std::string>{"Kevin Johnson", "Kevin McCoy"});
    CHECK(parse_name_publisher("Elliot Example Florida Today") == std::vector<std::string>{"Elliot Example"});
    CHECK(parse_name_publisher("Jane Doe, Max Roe The Daily Example Times") ==
          std::vector<std::string>{"Jane Doe", "Max Roe"});
    // No publisher, a sentence, a marker line: not this rule.
    CHECK(parse_name_publisher("Jane Doe Max Roe").empty());
    CHECK(parse_name_publisher("The council met the press on Tuesday.").empty());
    CHECK(parse_name_publisher("By Jane Doe USA TODAY").empty());
}

TEST_CASE("name with publisher: the in-place word test before the split", "[byline][name-publisher]") {
    // White space of any ASCII kind between the words, a conjunction in any
    // case, names in a script without case.
    CHECK(parse_name_publisher("Kevin Johnson\tAND  Kevin McCoy\nUSA TODAY") ==
          std::vector<std::string>{"Kevin Johnson", "Kevin McCoy"});
    CHECK(parse_name_publisher("  Elliot Example Florida Today  ") == std::vector<std::string>{"Elliot Example"});
    // Too few words, one word not capitalised.
    CHECK(parse_name_publisher("Jane Today").empty());
    CHECK(parse_name_publisher("Jane doe Florida Today").empty());
    CHECK(parse_name_publisher("Jane Doe Florida today").empty());
}

TEST_CASE("glued role: a role glued to the name is split off", "[byline][glued-role]") {
    CHECK(parse_byline("By Meg JamesStaff Writer") == Names{"Meg James"});
    CHECK(parse_byline("By Michael HiltzikBusiness Columnist") == Names{"Michael Hiltzik"});
    CHECK(parse_byline("Автор: Иван ИвановКорреспондент") == Names{"Иван Иванов"});
    // Inner capitals of names stay.
    CHECK(parse_byline("By Kevin McCoy") == Names{"Kevin McCoy"});
    CHECK(parse_byline("By Bryan DeArdo") == Names{"Bryan DeArdo"});
}

TEST_CASE("cut the tail: a handle after the name ends the names", "[byline][handle]") {
    CHECK(parse_byline("By Chris Example @ExampleNation") == Names{"Chris Example"});
    CHECK(parse_byline("By Jane Doe @janedoe, Max Roe") == Names{"Jane Doe"});
    CHECK(parse_byline("By FEDERICA EXAMPLE") == Names{"FEDERICA EXAMPLE"});
    CHECK(parse_byline("By  Chris Example@ExampleNation") == Names{"Chris Example"});
}

TEST_CASE("name with role: only the first item of a comma list is the role", "[byline][role-list]") {
    CHECK(parse_byline("Jane Doe, Staff Writer, Example Times") == Names{"Jane Doe"});
    CHECK(parse_byline("Tony Example All, Books, Kit Reviews, News").empty());
}
