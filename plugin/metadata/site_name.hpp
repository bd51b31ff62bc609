// Site names carried by titles: "Headline - Site", "Headline | Site", "Site: Headline".
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

struct TitleParts {
    std::string title;  // the headline without the site part
    std::string site;   // the site name, "" when none was found
};

TitleParts split_site_name(std::string_view title);

}  // namespace artnorm
