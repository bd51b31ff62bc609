// Rule "reading-time": a short line that states how long the article takes
// to read ("5 min read", "Reading time: 4 minutes", "Tempo de leitura: 1
// minuto", "Lesezeit: 3 Min.") is a widget of the page's template, printed
// above or below the text, not article text; the body selection leaves it
// out.
//
// A segment is such a line when it has at most kReadingTimeMaxWords words,
// holds a digit and, case-folded, contains one of kReadingTimePhrases. The
// word limit and the digit keep prose that talks about reading time ("Her
// reading time doubled over the summer, the study found.") in the body.
#pragma once

#include <cstddef>
#include <string_view>

namespace artnorm::html {

// "Reading time: 12 minutes" has 4 words, "Temps de lecture estimé : 5
// minutes" 6; a sentence that merely mentions reading time is longer.
inline constexpr std::size_t kReadingTimeMaxWords = 7;

// Case-folded labels and units of reading-time lines (en, de, fr, es, pt,
// it, nl, pl, ru, tr, zh, ja).
inline constexpr std::string_view kReadingTimePhrases[] = {
    "reading time", "read time", "min read", "mins read", "minute read", "minutes read", "lesezeit",
    "lesedauer", "temps de lecture", "min de lecture", "minutes de lecture", "tiempo de lectura",
    "min de lectura", "minutos de lectura", "tempo de leitura", "min de leitura", "minutos de leitura",
    "tempo di lettura", "min di lettura", "minuti di lettura", "leestijd", "czas czytania",
    "время чтения", "мин чтения", "минут чтения", "okuma süresi", "阅读时间", "閱讀時間", "読了時間",
};

bool is_reading_time(std::string_view text);

}  // namespace artnorm::html
