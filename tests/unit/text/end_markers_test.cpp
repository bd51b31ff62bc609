#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
bool marker(std::string_view text) { return is_end_marker(text, fold_case(text)); }
}  // namespace

TEST_CASE("end-markers: comment forms and author boxes in several languages", "[text][end-markers]") {
    CHECK(marker("Your email address will not be published. Required fields are marked *"));
    CHECK(marker("O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *"));
    CHECK(marker("No comments yet Comment from the forums"));
    CHECK(marker("About the author"));
    CHECK(marker("Об авторе"));
    CHECK(marker("Über Moritz Bachmann"));
    CHECK(marker("Sobre Carlos Nadalim"));
}

TEST_CASE("end-markers: ordinary lines are not markers", "[text][end-markers]") {
    CHECK_FALSE(marker("About the study"));
    CHECK_FALSE(marker("About 40 people attended the meeting."));
    CHECK_FALSE(marker("Sobre la mesa"));
    CHECK_FALSE(marker("About Jane Doe and her three brothers who moved away"));
}

TEST_CASE("end-markers: end the body only after article text", "[text][end-markers]") {
    auto run = document_of(
        "About Us\n"
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost and its schedule.\n"
        "About Jane Doe\n"
        "Jane Doe writes about cities and transport for the paper and has done so for ten years now.\n");
    apply_end_markers(run.doc, run.article);
    CHECK(run.role_of("About Us") == Role::unassigned);
    CHECK(run.role_of("About Jane Doe") == Role::boilerplate);
    CHECK(run.doc.ends_body[2]);
    CHECK_FALSE(run.doc.ends_body[0]);
}

TEST_CASE("end-markers: reply form headers in several languages", "[text][end-markers]") {
    CHECK(marker("Leave a Reply Cancel reply"));
    CHECK(marker("Lascia un commento Annulla risposta"));
    CHECK(marker("Deixe um comentário Cancelar resposta"));
    CHECK(marker("Schreibe einen Kommentar Antworten abbrechen"));
    CHECK(marker("Devi essere connesso per inviare un commento."));
    CHECK_FALSE(marker("She asked them to cancel the reply and leave the comment section open."));
}
