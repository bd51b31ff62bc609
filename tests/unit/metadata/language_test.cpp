#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "metadata/language.hpp"
#include "metadata/stopword_data.hpp"
#include "unicode/locale.hpp"

using artnorm::detect_language;
using artnorm::stopword_density;
using artnorm::stopword_density_any;

namespace {
// Short news-like paragraphs, written for these tests.
const std::vector<std::pair<std::string, std::string>>& samples() {
    static const std::vector<std::pair<std::string, std::string>> s = {
        {"en", "The city council said on Tuesday that it would not approve the new budget until the "
               "mayor explains where the money for the bridge will come from."},
        {"de", "Der Stadtrat hat am Dienstag erklärt, dass er den neuen Haushalt nicht genehmigen wird, "
               "bis der Bürgermeister erklärt, woher das Geld für die Brücke kommen soll."},
        {"fr", "Le conseil municipal a déclaré mardi qu'il n'approuverait pas le nouveau budget tant que "
               "le maire n'aura pas expliqué d'où viendra l'argent pour le pont."},
        {"es", "El ayuntamiento dijo el martes que no aprobará el nuevo presupuesto hasta que el alcalde "
               "explique de dónde saldrá el dinero para el puente."},
        {"it", "Il consiglio comunale ha detto martedì che non approverà il nuovo bilancio finché il "
               "sindaco non spiegherà da dove arriveranno i soldi per il ponte."},
        {"pt", "A câmara municipal disse na terça-feira que não vai aprovar o novo orçamento até que o "
               "prefeito explique de onde virá o dinheiro para a ponte."},
        {"nl", "De gemeenteraad zei dinsdag dat hij de nieuwe begroting niet zal goedkeuren totdat de "
               "burgemeester uitlegt waar het geld voor de brug vandaan moet komen."},
        {"ru", "Городской совет во вторник заявил, что не утвердит новый бюджет, пока мэр не объяснит, "
               "откуда возьмутся деньги на строительство моста."},
        {"uk", "Міська рада у вівторок заявила, що не затвердить новий бюджет, поки мер не пояснить, "
               "звідки візьмуться гроші на будівництво мосту."},
        {"pl", "Rada miasta poinformowała we wtorek, że nie zatwierdzi nowego budżetu, dopóki burmistrz "
               "nie wyjaśni, skąd pochodzą pieniądze na budowę mostu."},
        {"tr", "Belediye meclisi salı günü yaptığı açıklamada, belediye başkanı köprü için gereken paranın "
               "nereden geleceğini açıklayana kadar yeni bütçeyi onaylamayacağını söyledi. Bu karar "
               "da çok tartışıldı ve bir süre daha sürecek gibi görünüyor."},
        {"sv", "Kommunfullmäktige sade på tisdagen att den inte kommer att godkänna den nya budgeten "
               "förrän kommunalrådet har förklarat var pengarna till bron ska komma ifrån."},
        {"zh", "市议会周二表示，在市长解释建桥资金从哪里来之前，他们不会批准新的预算。"},
        {"ja", "市議会は火曜日、橋の建設費がどこから来るのかを市長が説明するまで、新しい予算を承認しないと発表した。"},
        {"ko", "시의회는 화요일 시장이 다리 건설 자금의 출처를 설명할 때까지 새 예산을 승인하지 않겠다고 밝혔다."},
        {"ar", "قال مجلس المدينة يوم الثلاثاء إنه لن يوافق على الميزانية الجديدة حتى يوضح رئيس البلدية من "
               "أين ستأتي الأموال اللازمة لبناء الجسر."},
        {"el", "Το δημοτικό συμβούλιο δήλωσε την Τρίτη ότι δεν θα εγκρίνει τον νέο προϋπολογισμό."},
    };
    return s;
}
}  // namespace

TEST_CASE("Paragraphs are recognised in many languages", "[language]") {
    for (const auto& [code, text] : samples()) {
        INFO(code << ": " << text);
        const auto guess = detect_language(text);
        CHECK(guess.code == code);
        CHECK(guess.score > 0.2);
        CHECK(guess.score <= 1.0);
    }
}

TEST_CASE("Too little evidence gives no language", "[language]") {
    CHECK(detect_language("").code.empty());
    CHECK(detect_language("2023-11-02 12:00").code.empty());
    CHECK(detect_language("Home News Sport").code.empty());             // few letters
    CHECK(detect_language("Kazakhstan Grants Asylum Seeker Status Activist").code.empty());  // no stopwords
}

TEST_CASE("Script evidence decides short texts", "[language]") {
    CHECK(detect_language("Путин встретился с председателем КНР в Пекине").code == "ru");
    CHECK(detect_language("Зеленський зустрівся з прем'єром").code == "uk");
    CHECK(detect_language("今日は良い天気ですね").code == "ja");
    CHECK(detect_language("今天天气很好我们去公园").code == "zh");
    CHECK(detect_language("오늘 날씨가 정말 좋네요").code == "ko");
    CHECK(detect_language("Καλημέρα σε όλους τους φίλους").code == "el");
    CHECK(detect_language("שלום לכולם ותודה רבה").code == "he");
}

TEST_CASE("Case does not matter for stopwords", "[language]") {
    CHECK(detect_language("THE COUNCIL SAID THAT IT WOULD NOT APPROVE THE BUDGET").code == "en");
}

TEST_CASE("Stopword density per language", "[language]") {
    const std::string en = samples()[0].second;
    CHECK(stopword_density(en, "en") > 0.3);
    CHECK(stopword_density(en, "en-GB") == stopword_density(en, "en"));
    CHECK(stopword_density(en, "de") < 0.15);
    CHECK(stopword_density(en, "xx") == 0.0);
    CHECK(stopword_density("", "en") == 0.0);
    CHECK(stopword_density("The the THE", "en") == Approx(1.0));
    CHECK(stopword_density("Det er ikke", "no") == Approx(1.0));
    CHECK(stopword_density("Kazakhstan Almaty Sakha", "en") == 0.0);
    const std::string zh = samples()[12].second;
    CHECK(stopword_density(zh, "zh") > 0.1);
}

TEST_CASE("Stopword density against every list", "[language]") {
    for (const auto& [code, text] : samples()) {
        INFO(code);
        if (code == "ko" || code == "el") continue;  // agglutinative / short sample
        CHECK(stopword_density_any(text) >= stopword_density(text, code));
        CHECK(stopword_density_any(text) > 0.1);
    }
    CHECK(stopword_density_any("Home | News | Sport | Weather") == 0.0);
}

// Body text in Romance and Germanic languages must clear the body rule's
// "good" threshold (0.30) with room to spare: demonstratives fused with
// prepositions ("nesta", "desse"), future forms ("será") and adverbs
// ("sempre", "agora") are function words too.
TEST_CASE("Stopword density of realistic news sentences", "[language]") {
    const std::vector<std::pair<std::string, std::string>> samples = {
        {"pt", "Nesta página você terá sempre a classificação atualizada, e desse modo será possível "
               "acompanhar tudo agora mesmo, conforme o calendário que ninguém conhecia bem."},
        {"es", "Todavía no se sabe cuándo van a empezar las obras, pero después del verano será más fácil, "
               "sin embargo ningún vecino ha recibido información."},
        {"it", "Allora il sindaco ha detto che i lavori dureranno fino a marzo, e nessuno sarebbe "
               "sorpreso se durante l'inverno tutto si fermasse."},
    };
    for (const auto& [language, text] : samples) {
        INFO(language);
        CHECK(detect_language(text).code == language);
        CHECK(stopword_density(text, language) >= 0.40);
    }
}

TEST_CASE("A sample given in parts scores as the joined text, also when scanned in pieces", "[language]") {
    // Long enough (several MB) that LanguageSample and StopwordSample scan
    // pieces; mixed scripts so that the script counts and markers matter.
    for (const std::size_t repeats : {std::size_t{1}, std::size_t{5000}}) {
        std::string joined;
        artnorm::LanguageSample sample;
        artnorm::StopwordSample english("en");
        artnorm::StopwordSample any("");
        for (std::size_t r = 0; r < repeats; ++r) {
            for (const auto& [code, text] : samples()) {
                if (code != "en" && code != "uk" && code != "ru" && code != "zh") continue;
                const std::string_view separator = r % 2 == 0 ? "\n" : " ";
                for (std::string_view part : {std::string_view(text), separator}) {
                    joined += part;
                    sample.append(part);
                    english.append(part);
                    any.append(part);
                }
            }
        }
        const auto whole = detect_language(joined);
        const auto parts = sample.detect();
        CHECK(parts.code == whole.code);
        CHECK(parts.score == whole.score);
        CHECK(english.density() == stopword_density(joined, "en"));
        CHECK(any.density() == stopword_density_any(joined));
    }
}

// The stopword index folds each embedded list in one call and splits the
// result into lines (stopword_index.cpp); that is only right while folding
// the whole list gives, line for line, the words folded one by one.
TEST_CASE("stopword lists fold as a whole exactly as word by word", "[language][stopwords]") {
    for (const artnorm::EmbeddedStopwordList& list : artnorm::embedded_stopword_lists()) {
        INFO("list " << list.language);
        const std::string whole = artnorm::fold_case(list.words);
        std::string by_word;
        std::string_view rest = list.words;
        while (!rest.empty()) {
            const std::size_t eol = std::min(rest.find('\n'), rest.size());
            by_word += artnorm::fold_case(rest.substr(0, eol));
            if (eol < rest.size()) by_word += '\n';
            rest.remove_prefix(std::min(eol + 1, rest.size()));
        }
        CHECK(whole == by_word);
    }
}
