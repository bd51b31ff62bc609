#include "jsonl_record.hpp"

#include "json_reader.hpp"
#include "json_writer.hpp"

namespace artnorm_cli {

JsonlRequest parse_jsonl_request(std::string_view line) {
    JsonlRequest request;
    JsonObjectParse parse = parse_json_object(line);
    if (!parse.object) {
        request.error = "not a JSON object: " + parse.error.message + " at byte " +
                        std::to_string(parse.error.offset + 1);
        return request;
    }
    const JsonObject& object = *parse.object;
    if (const JsonValue* id = object.find("id")) {
        if (id->kind == JsonKind::string) {
            append_json_string(request.id_json, id->text);
        } else if (id->kind == JsonKind::number) {
            request.id_json = id->text;
        } else {
            request.error = "\"id\" must be a string or a number";
            return request;
        }
    }
    const JsonValue* text = object.find("text");
    const JsonValue* html = object.find("html");
    if (text && html) {
        request.error = "has both \"text\" and \"html\"; give one";
    } else if (!text && !html) {
        request.error = "needs a \"text\" or an \"html\" member";
    } else if (const JsonValue* page = text ? text : html; page->kind != JsonKind::string) {
        request.error = std::string("\"") + (text ? "text" : "html") + "\" must be a string";
    } else {
        request.page = page->text;
        request.from = text ? "text" : "html";
    }
    if (const JsonValue* options = object.find("options"); options && request.error.empty()) {
        if (options->kind == JsonKind::string) {
            request.options = options->text;
        } else {
            request.error = "\"options\" must be a string such as \"language=de, pretty=1\"";
        }
    }
    return request;
}

std::string jsonl_document_line(std::string_view id_json, std::string_view xml) {
    std::string line = "{\"id\":";
    line += id_json;
    line += ",\"xml\":";
    append_json_string(line, xml);
    line += '}';
    return line;
}

std::string jsonl_error_line(std::string_view id_json, std::string_view status_name,
                             std::string_view message) {
    std::string line = "{\"id\":";
    line += id_json;
    line += ",\"error\":{\"status\":";
    append_json_string(line, status_name);
    line += ",\"message\":";
    append_json_string(line, message);
    line += "}}";
    return line;
}

}  // namespace artnorm_cli
