#include "cli/debug_page.h"

#include "reports/html_escape.h"

#include <cstdio>

namespace lkj::cli {
namespace {

using nlohmann::json;

json BoxJson(const Box& b) { return json::array({b.x0, b.y0, b.x1, b.y1}); }

json FragmentJson(const TableFragment& f) {
  json rows = json::array();
  for (const auto& row : f.rows) {
    json r = json::array();
    for (const Cell& c : row) r.push_back(c.placeholder ? json(nullptr) : json(c.text));
    rows.push_back(r);
  }
  return {{"box", BoxJson(f.box)}, {"ruled", f.ruled}, {"col_edges", f.col_edges}, {"rows", rows}};
}

std::string Rect(const Box& b, const char* style) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" %s/>\n",
                b.x0, b.y0, b.width(), b.height(), style);
  return buf;
}

}  // namespace

json PageStagesToJson(const PageStages& st) {
  json words = json::array(), rules = json::array(), lines = json::array(), tables = json::array();
  for (const Word& w : st.content.words)
    words.push_back({{"text", w.text}, {"box", BoxJson(w.box)}, {"size", w.font_size},
                     {"bold", w.bold}, {"rotation", w.rotation}});
  for (const Segment& s : st.content.rules) rules.push_back({s.x0, s.y0, s.x1, s.y1});
  for (const TextLine& l : st.free_lines) lines.push_back({{"box", BoxJson(l.box)}, {"text", l.text()}});
  for (const auto& f : st.ruled) tables.push_back(FragmentJson(f));
  for (const auto& f : st.unruled) tables.push_back(FragmentJson(f));
  const PageInfo& p = st.content.info;
  return {{"page", p.number}, {"width", p.width}, {"height", p.height}, {"rotation", p.rotation},
          {"words", words}, {"rules", rules}, {"images", json::array()}, {"lines", lines},
          {"tables", tables}};
}

std::string PageStagesToSvg(const PageStages& st) {
  const PageInfo& p = st.content.info;
  char head[256];
  std::snprintf(head, sizeof head,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                "width=\"%.0f\" height=\"%.0f\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                p.width, p.height, p.width * 1.5, p.height * 1.5);
  std::string svg = head;
  for (const Box& b : st.content.images) svg += Rect(b, "fill=\"#eee\" stroke=\"#999\"");
  for (const auto* list : {&st.ruled, &st.unruled})
    for (const TableFragment& f : *list)
      for (const auto& row : f.rows)
        for (const Cell& c : row)
          if (!c.placeholder) svg += Rect(c.box, "fill=\"#e6f7e6\" stroke=\"#2a2\" stroke-width=\"0.8\"");
  for (const TextLine& l : st.free_lines) svg += Rect(l.box, "fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.4\"");
  for (const Word& w : st.content.words) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" fill=\"%s\">",
                  w.box.x0, w.box.y1 - 0.2 * w.box.height(), 0.8 * w.box.height(), w.bold ? "#000" : "#333");
    svg += buf + reports::EscapeHtml(w.text) + "</text>\n";
  }
  for (const Segment& s : st.content.rules) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"red\" stroke-width=\"0.6\"/>\n",
                  s.x0, s.y0, s.x1, s.y1);
    svg += buf;
  }
  return svg + "</svg>\n";
}

}  // namespace lkj::cli
