#include "extract/json_export.h"

#include <climits>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace lkj {
namespace {

using nlohmann::json;

double Round2(double v) { return std::round(v * 100.0) / 100.0; }

json BoxToJson(const Box& b) { return json::array({Round2(b.x0), Round2(b.y0), Round2(b.x1), Round2(b.y1)}); }

// A field of a document read back that the program cannot take as it is.
struct BadField {
  std::string what;
};

// A coordinate in PDF points: finite and within any page (PDF caps pages at
// 14,400 units, times UserUnit), so the audit may take it as an int.
double CoordinateOf(const json& v) {
  double d = v.get<double>();
  if (!(std::fabs(d) <= 1e7)) throw BadField{"not a coordinate: " + v.dump()};
  return d;
}

Box BoxFromJson(const json& j) {
  return {CoordinateOf(j.at(0)), CoordinateOf(j.at(1)), CoordinateOf(j.at(2)), CoordinateOf(j.at(3))};
}

BlockKind KindFromName(const std::string& name) {
  for (BlockKind k : {BlockKind::kHeading, BlockKind::kParagraph, BlockKind::kCaption,
                      BlockKind::kHeader, BlockKind::kFooter})
    if (name == BlockKindName(k)) return k;
  return BlockKind::kParagraph;
}

json CellToJson(const Cell& c) {
  json j = {{"text", c.text}, {"page", c.page}, {"bbox", BoxToJson(c.box)},
            {"row_span", c.row_span}, {"col_span", c.col_span}};
  if (c.placeholder) j["placeholder"] = true;
  if (c.confidence >= 0) j["confidence"] = std::round(c.confidence * 10) / 10;
  return j;
}

}  // namespace

json TableToJson(const Table& t) {
  json rows = json::array();
  for (const auto& row : t.rows) {
    json r = json::array();
    for (const Cell& c : row) r.push_back(CellToJson(c));
    rows.push_back(std::move(r));
  }
  return {{"id", t.id}, {"caption", t.caption ? json(*t.caption) : json(nullptr)},
          {"pages", t.pages}, {"header_rows", t.header_rows}, {"ruled", t.ruled},
          {"n_rows", t.n_rows()}, {"n_cols", t.n_cols()}, {"rows", std::move(rows)}};
}

json DocumentToJson(const Document& doc) {
  json out = DocumentToJsonWithoutTables(doc);
  for (const Table& t : doc.tables) out["tables"].push_back(TableToJson(t));
  return out;
}

json DocumentToJsonWithoutTables(const Document& doc) {
  json pages = json::array();
  for (const PageInfo& p : doc.pages)
    pages.push_back({{"number", p.number}, {"width", Round2(p.width)}, {"height", Round2(p.height)},
                     {"rotation", p.rotation}, {"has_text_layer", p.has_text_layer},
                     {"text_source", p.text_source}});
  json blocks = json::array();
  for (const Block& b : doc.blocks)
    blocks.push_back({{"page", b.page}, {"bbox", BoxToJson(b.box)}, {"kind", BlockKindName(b.kind)},
                      {"text", b.text}});
  json warnings = json::array();
  for (const Warning& w : doc.warnings) warnings.push_back({{"code", w.code}, {"page", w.page}});
  return {{"schema_version", kDocumentSchemaVersion}, {"source", doc.source}, {"pages", pages},
          {"blocks", blocks}, {"tables", json::array()}, {"warnings", warnings}};
}

namespace {

// What the rest of the program takes for granted of a table (model.h): a
// full grid, header rows within it, spans that stay inside it. A document
// read back from JSON is checked, since it may have been edited by hand.
std::optional<std::string> GridProblem(const Table& t) {
  for (int r = 0; r < t.n_rows(); ++r) {
    if (static_cast<int>(t.rows[r].size()) != t.n_cols()) return "rows of different lengths";
    for (int c = 0; c < t.n_cols(); ++c) {
      const Cell& cell = t.rows[r][c];
      if (cell.row_span < 1 || cell.col_span < 1 || cell.row_span > t.n_rows() - r || cell.col_span > t.n_cols() - c)
        return "a cell spans beyond the table";
    }
  }
  if (t.header_rows < 0 || t.header_rows > t.n_rows()) return "header_rows beyond the table";
  return std::nullopt;
}

// An int field: a JSON integer within int's range (nlohmann's get<int>() of
// 6.7e48 is undefined behaviour; found by fuzz_document_json).
int IntOf(const json& v) {
  bool fits = v.is_number_unsigned()  ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT_MAX)
              : v.is_number_integer() ? v.get<std::int64_t>() >= INT_MIN && v.get<std::int64_t>() <= INT_MAX
                                      : false;
  if (!fits) throw BadField{"not an integer of int's range: " + v.dump()};
  return static_cast<int>(v.get<std::int64_t>());
}

}  // namespace

Result<Document> DocumentFromJson(const json& j) {
  try {
    Document doc;
    doc.source = j.at("source").get<std::string>();
    for (const json& p : j.at("pages"))
      doc.pages.push_back({IntOf(p.at("number")), p.at("width").get<double>(),
                           p.at("height").get<double>(), IntOf(p.at("rotation")),
                           p.at("has_text_layer").get<bool>(), true,
                           p.value("text_source", std::string("pdf"))});
    for (const json& b : j.at("blocks"))
      doc.blocks.push_back({IntOf(b.at("page")), BoxFromJson(b.at("bbox")),
                            KindFromName(b.at("kind").get<std::string>()),
                            b.at("text").get<std::string>(), false});
    for (const json& t : j.at("tables")) {
      Table table;
      table.id = t.at("id").get<std::string>();
      if (!t.at("caption").is_null()) table.caption = t.at("caption").get<std::string>();
      for (const json& page : t.at("pages")) table.pages.push_back(IntOf(page));
      table.header_rows = IntOf(t.at("header_rows"));
      table.ruled = t.value("ruled", true);
      for (const json& r : t.at("rows")) {
        std::vector<Cell> row;
        for (const json& c : r)
          row.push_back({c.at("text").get<std::string>(), IntOf(c.at("page")),
                         BoxFromJson(c.at("bbox")), IntOf(c.at("row_span")),
                         IntOf(c.at("col_span")), c.value("placeholder", false),
                         c.value("confidence", -1.0)});
        table.rows.push_back(std::move(row));
      }
      if (auto problem = GridProblem(table)) return Status(ErrorCode::kInvalidData, "table " + table.id + ": " + *problem);
      doc.tables.push_back(std::move(table));
    }
    for (const json& w : j.value("warnings", json::array()))
      doc.warnings.push_back({w.at("code").get<std::string>(), IntOf(w.at("page"))});
    return doc;
  } catch (const json::exception& e) {
    return Status(ErrorCode::kInvalidData, e.what());
  } catch (const BadField& e) {
    return Status(ErrorCode::kInvalidData, e.what);
  }
}

}  // namespace lkj
