// One pass over the PDF, on any number of threads (issue 12): the document,
// its JSON and the audit's reports do not depend on -j, the JSON written
// table by table is the JSON of the whole tree, and pictures drawn from the
// extraction's own open document are the pictures drawn from the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/audit_job.h"
#include "cli/json_text.h"
#include "extract/extractor.h"
#include "extract/json_export.h"
#include "extract/page_image.h"
#include "extract/pdf_source.h"

namespace lkj {
namespace {

namespace fs = std::filesystem;

const std::string kReference = LKJ_SOURCE_DIR "/fixtures/reference/lkj-2024-disdukcapil-belitung.pdf";
const std::string kRealTables = LKJ_SOURCE_DIR "/fixtures/real/lkjip-2021-dpupr-kab-grobogan.pdf";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ExtractedJson(const std::string& pdf, int jobs) {
  ExtractOptions options;
  options.jobs = jobs;
  auto doc = ExtractDocument(pdf, options);
  EXPECT_TRUE(doc.ok()) << doc.status().detail();
  return doc.ok() ? cli::JsonText(DocumentToJson(doc.value())) : "";
}

TEST(OnePass, TheSameDocumentOnOneTwoOrThreeThreads) {
  for (const std::string& pdf : {kReference, kRealTables}) {
    std::string one = ExtractedJson(pdf, 1);
    ASSERT_GT(one.size(), 10000u) << pdf;
    EXPECT_EQ(ExtractedJson(pdf, 2), one) << pdf;
    EXPECT_EQ(ExtractedJson(pdf, 3), one) << pdf;
  }
}

TEST(OnePass, JsonWrittenTableByTableIsTheJsonOfTheWholeTree) {
  auto doc = ExtractDocument(kReference, {});
  ASSERT_TRUE(doc.ok());
  ASSERT_GT(doc.value().tables.size(), 5u);
  EXPECT_EQ(cli::DocumentJsonText(doc.value()), cli::JsonText(DocumentToJson(doc.value())));
  // A caption or cell that prints the key itself stays data.
  Document tricky = doc.value();
  tricky.tables.front().caption = "\"tables\": []";
  tricky.blocks.front().text = "\"tables\": [] and\nmore";
  EXPECT_EQ(cli::DocumentJsonText(tricky), cli::JsonText(DocumentToJson(tricky)));
  Document no_tables = doc.value();
  no_tables.tables.clear();
  EXPECT_EQ(cli::DocumentJsonText(no_tables), cli::JsonText(DocumentToJson(no_tables)));
}

TEST(OnePass, PicturesFromTheOpenDocumentAreThePicturesFromTheFile) {
  auto pdf = PdfSource::Open(kReference, OpenLimits{});
  ASSERT_TRUE(pdf.ok());
  auto from_file = PageRenderer::Open(kReference);
  ASSERT_TRUE(from_file.ok());
  std::unique_ptr<PageRenderer> from_source = PageRenderer::Of(*pdf.value());
  const Box region{40, 300, 560, 420};
  for (int page : {3, 20, 20, 47}) {  // page 20 twice: the fonts are kept, not the picture
    auto a = from_file.value()->Render(page, region, 110);
    auto b = from_source->Render(page, region, 110);
    ASSERT_TRUE(a.ok() && b.ok()) << page;
    EXPECT_EQ(a.value().png, b.value().png) << page;
    EXPECT_EQ(a.value().width, b.value().width);
  }
  // Reading pages between pictures leaves the pictures alone.
  (void)pdf.value()->ReadPage(19);
  auto again = from_source->Render(20, region, 110);
  auto fresh = from_file.value()->Render(20, region, 110);
  ASSERT_TRUE(again.ok() && fresh.ok());
  EXPECT_EQ(again.value().png, fresh.value().png);
}

TEST(OnePass, ReportsDoNotDependOnTheNumberOfThreads) {
  auto rules = cli::LoadRulesFiles({});
  ASSERT_TRUE(rules.ok());
  fs::path dir = fs::temp_directory_path() / ("lkj-one-pass-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string html[2], json[2];
  for (int jobs : {1, 2}) {
    cli::AuditJob job;
    job.input = kReference;
    job.extract.jobs = jobs;
    std::string stem = (dir / ("j" + std::to_string(jobs))).string();
    job.outputs.html = stem + ".html";
    job.outputs.json = stem + ".json";
    auto out = cli::RunAuditJob(job, rules.value());
    ASSERT_TRUE(out.ok()) << out.status().detail();
    html[jobs - 1] = Slurp(*job.outputs.html);
    json[jobs - 1] = Slurp(*job.outputs.json);
  }
  fs::remove_all(dir);
  ASSERT_GT(html[0].size(), 100000u);
  EXPECT_EQ(html[0], html[1]);
  EXPECT_EQ(json[0], json[1]);
}

}  // namespace
}  // namespace lkj
