// Rule "caption-credit", the text part: one segment -> caption + credit.
#pragma once

#include <optional>
#include <string_view>

#include "core/article.hpp"

namespace artnorm {

// Recognised credits (the caption is the text before them, kept up to and
// including its closing punctuation/quote):
//  - a trailing "(Photo by X)", "(Photo: X)", "(Foto: X)", "(X/Getty Images)":
//    any parenthesis that holds a credit label or a '/';
//  - a label inside: "... Photo: X", "Foto: X", "Credit: X", "Фото: X",
//    "Imagen: X", "Bild: X", "图片：X" (credit = X);
//  - after the caption's last sentence end, a short trailing part (at most
//    kCreditMaxWords words, starting with an upper-case letter or digit) that
//    is "Name / Source", "REUTERS/Name", "AP Photo/Name" or names an agency
//    (Getty Images, AFP, Reuters, AP, EPA, dpa, TASS...).
std::optional<Figure> split_caption_credit(std::string_view text);

inline constexpr std::size_t kCreditMaxWords = 8;

// Looks like a picture credit: holds a '/' ("Name / Agency", "AP Photo/Name")
// or names a photo agency or platform (Getty Images, Reuters, AFP, EPA...).
bool names_credit(std::string_view part);
// The same for a part whose case-folded text (fold_case(part)) is at hand.
bool names_credit(std::string_view part, std::string_view folded_part);

}  // namespace artnorm
