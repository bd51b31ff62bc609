// An Article with every field filled, shared by the render tests.
#pragma once

#include "core/article.hpp"

namespace artnorm::test {

inline BodyBlock text_block(BlockKind kind, std::string text, int level = 0) {
    BodyBlock block;
    block.kind = kind;
    block.text = std::move(text);
    block.level = level;
    return block;
}

inline Article full_article() {
    Article article;
    article.headline = "Moscow Marks Day of Unity";
    article.published = "2023-11-02T14:05:09+03:00";
    article.updated = "2023-11-03";
    article.authors = {"Anna Ivanova", "John Smith"};
    article.publisher = "The Daily Example";
    article.language = "en-GB";
    article.description = "A short standfirst.";
    article.tags = {"Politics", "Russia"};
    article.figures = {{"Crowds on Red Square.", "Photo: Jane Doe / Reuters", "https://img.example/a.jpg"},
                       {"Only a caption.", "", ""}};
    article.body.push_back(text_block(BlockKind::paragraph, "First paragraph."));
    article.body.push_back(text_block(BlockKind::heading, "A subheading", 2));
    BodyBlock list;
    list.kind = BlockKind::list;
    list.ordered = true;
    list.items = {"one", "two"};
    article.body.push_back(list);
    article.body.push_back(text_block(BlockKind::quote, "To be or not to be."));
    article.body.push_back(text_block(BlockKind::code, "int main() { return 0; }"));
    BodyBlock table;
    table.kind = BlockKind::table;
    table.rows = {{"City", "Population"}, {"Moscow", "13 million"}};
    article.body.push_back(table);
    article.body.push_back(text_block(BlockKind::paragraph, "Last paragraph."));
    article.related = {{"Opinion", "Why unity matters", "An essay.", "https://news.example/unity", 5},
                       {"", "Title only", "", "", std::nullopt}};
    article.provenance.format = "html";
    article.provenance.input_bytes = 12345;
    article.provenance.invalid_utf8_sequences = 2;
    article.provenance.removed_controls = 3;
    return article;
}

}  // namespace artnorm::test
