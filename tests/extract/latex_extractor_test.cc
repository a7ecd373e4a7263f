// The LaTeX extractor (lib/extract/latex_*.cc): items, sections and positions on real CVs and
// on fixtures for each supported macro family, text cleaning with its source map, definitions
// learned from the file, and malformed input (exact error positions, no crash on deep nesting).

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "support/test_support.h"

namespace hirelint {
namespace {

SourceFile Fixture(const std::string& relative) {
  return SourceFile(relative, testing::ReadFileOrDie(testing::SourcePath(relative)));
}

Extraction MustExtract(const SourceFile& file, ExtractMode mode = ExtractMode::kBullets) {
  auto r = ExtractLatex(file, mode);
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().ToString()));
  return std::move(r.value());
}

Extraction MustExtractText(const std::string& text) {
  return MustExtract(SourceFile("cv.tex", text));
}

Error MustFail(const std::string& text) {
  auto r = ExtractLatex(SourceFile("bad.tex", text), ExtractMode::kBullets);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == ErrorKind::kInput);
  CHECK(r.error().path == "bad.tex");
  return r.error();
}

// The text of the single item extracted from `\item INPUT` in an itemize.
std::string CleanItem(const std::string& input) {
  Extraction x = MustExtractText("\\begin{itemize}\n\\item " + input + "\n\\end{itemize}\n");
  REQUIRE(x.items.size() == 1);
  return x.items[0].text;
}

struct Expected {
  ItemKind kind;
  int level;  // headings only
  const char* section;
  const char* text;
};

void CheckItems(const Extraction& x, const std::vector<Expected>& expected) {
  REQUIRE(x.items.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(ItemKindName(x.items[i].kind) == std::string(ItemKindName(expected[i].kind)));
    if (expected[i].kind == ItemKind::kHeading) CHECK(x.items[i].level == expected[i].level);
    CHECK(x.items[i].section == expected[i].section);
    CHECK(x.items[i].text == expected[i].text);
  }
}

size_t Count(const Extraction& x, ItemKind kind) {
  return static_cast<size_t>(
      std::count_if(x.items.begin(), x.items.end(), [&](const Item& i) { return i.kind == kind; }));
}

std::vector<std::string> SectionsOf(const Extraction& x, ItemKind kind) {
  std::vector<std::string> out;
  for (const Item& item : x.items) {
    if (item.kind == kind) out.push_back(item.section);
  }
  return out;
}

// Byte offset of a reported (line, column): column counts code points from the line start.
size_t OffsetOf(const SourceFile& file, Position p) {
  size_t offset = file.LineStart(p.line);
  if (p.line == 1) offset = std::max(offset, file.bom_length());
  for (size_t column = 1; column < p.column; ++column) {
    ++offset;
    while (offset < file.bytes().size() &&
           (static_cast<unsigned char>(file.bytes()[offset]) & 0xC0) == 0x80) {
      ++offset;
    }
  }
  return offset;
}

// The escapes an item may start with, undone: \% \$ \& \# \_ \{ \}, -- and ---, $\sim$.
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 6, "$\\sim$") == 0) {
      out += "~";
      i += 6;
    } else if (s[i] == '\\' && i + 1 < s.size() &&
               std::string_view("%$&#_{}").find(s[i + 1]) != std::string_view::npos) {
      out += s[i + 1];
      i += 2;
    } else if (s.compare(i, 3, "---") == 0) {
      out += "—";
      i += 3;
    } else if (s.compare(i, 2, "--") == 0) {
      out += "–";
      i += 2;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// The item's first word, without trailing punctuation that markup may separate from it
// ("Languages:" from "\textbf{Languages}{: Java}").
std::string FirstWord(const std::string& text) {
  std::string word = text.substr(0, text.find(' '));
  while (!word.empty() && std::string_view(":;,.)").find(word.back()) != std::string_view::npos) {
    word.pop_back();
  }
  return word;
}

// For every item, the file's bytes at the reported line and column start with its first word.
void CheckPositions(const SourceFile& file, const Extraction& x) {
  for (const Item& item : x.items) {
    CAPTURE(item.text);
    Position p = file.PositionOf(item.SourceBegin());
    CAPTURE(p.line);
    CAPTURE(p.column);
    size_t offset = OffsetOf(file, p);
    CHECK(offset == item.SourceBegin());
    std::string word = FirstWord(item.text);
    REQUIRE(!word.empty());
    std::string at = Unescape(std::string_view(file.bytes()).substr(offset, word.size() * 2 + 8));
    CHECK(at.compare(0, word.size(), word) == 0);
    CHECK(item.begin <= item.SourceBegin());
    CHECK(item.SourceBegin() < item.end);
    CHECK(item.end <= file.bytes().size());
  }
}

TEST_CASE("LaTeX corpus: Jake's template (engineering student)") {
  SourceFile file = Fixture("tests/fixtures/corpus/latex/jakes-template-engineering-student.tex");
  Extraction x = MustExtract(file);
  CHECK(Count(x, ItemKind::kBullet) == 16);
  CHECK(Count(x, ItemKind::kHeading) == 13);
  CHECK(Count(x, ItemKind::kSummary) == 0);
  std::vector<std::string> sections = {"Technical Skills", "Education"};
  sections.insert(sections.end(), 9, "Relevant Experience");
  sections.insert(sections.end(), 5, "Technical Projects");
  CHECK(SectionsOf(x, ItemKind::kBullet) == sections);
  std::vector<std::string> headings;
  for (const Item& item : x.items) {
    if (item.kind == ItemKind::kHeading && item.level == 1) headings.push_back(item.text);
  }
  CHECK(headings == std::vector<std::string>{"Technical Skills", "Education", "Relevant Experience",
                                             "Technical Projects", "Interests"});
  const Item* first_experience = nullptr;
  for (const Item& item : x.items) {
    if (item.kind == ItemKind::kBullet && item.section == "Relevant Experience") {
      first_experience = &item;
      break;
    }
  }
  REQUIRE(first_experience != nullptr);
  CHECK(first_experience->text ==
        "Produced automation solutions while improving development time by 50% compared to "
        "company standard.");
  CHECK(x.items[3].text ==
        "University of British Columbia | Vancouver, BC | Engineering Physics - Bachelor of "
        "Applied Science | Sep. 2020 - May 2025 (expected)");
  CheckPositions(file, x);
}

TEST_CASE("LaTeX corpus: old resume.cls with list2/list3 and multi-line items") {
  SourceFile file = Fixture("tests/fixtures/corpus/latex/resume-cls-list-items.tex");
  Extraction x = MustExtract(file);
  CHECK(Count(x, ItemKind::kBullet) == 27);
  CHECK(Count(x, ItemKind::kHeading) == 8);
  CHECK(Count(x, ItemKind::kSummary) == 0);  // table cells and notes in tables are not prose
  std::vector<std::string> sections;
  sections.insert(sections.end(), 12, "Scholastic Achievements");
  sections.insert(sections.end(), 5, "Internship");
  sections.insert(sections.end(), 4, "Projects and Developments");
  sections.insert(sections.end(), 3, "Skills and Interests");
  sections.insert(sections.end(), 3, "Positions of Responsibility");
  CHECK(SectionsOf(x, ItemKind::kBullet) == sections);
  std::vector<std::string> headings;
  for (const Item& item : x.items) {
    if (item.kind == ItemKind::kHeading) headings.push_back(item.text);
  }
  CHECK(headings ==
        std::vector<std::string>{"Education", "Scholastic Achievements", "Internship",
                                 "Aurus Networks, Bangalore SuperProfs Web Application and API "
                                 "Development May 2014 - June 2014",
                                 "Projects and Developments", "Skills and Interests",
                                 "Key Courses undertaken", "Positions of Responsibility"});
  bool found = false;
  for (const Item& item : x.items) {
    if (item.text.rfind("Secured National", 0) != 0) continue;
    found = true;
    // Two source lines, \mbox, \\ and "\textbf {NSEP}" (a blank after the command).
    CHECK(item.text ==
          "Secured National top 1% in National Standard Examinations in Physics(NSEP) 2011-12, "
          "Chemistry (NSEC) 2011-12 and Astronomy (NSEA) 2011-12 conducted by HBCSE.");
  }
  CHECK(found);
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: Jake's template macros, escapes and math in bullets") {
  SourceFile file = Fixture("tests/fixtures/latex/jakes-template.tex");
  Extraction x = MustExtract(file);
  CheckItems(
      x,
      {
          {ItemKind::kHeading, 1, "Experience", "Experience"},
          {ItemKind::kHeading, 2, "Experience",
           "Northwind Payments | Jan. 2021 – Present | ML Engineer | Seattle, WA"},
          {ItemKind::kHeading, 2, "Experience", "Fraud team | 2022 – Present"},
          {ItemKind::kBullet, 0, "Experience",
           "Cut chargebacks by ~30% with a LightGBM model served at <50 ms p99, see the write-up."},
          {ItemKind::kBullet, 0, "Experience", "Helped with R&D on drift detection."},
          {ItemKind::kHeading, 1, "Projects", "Projects"},
          {ItemKind::kHeading, 2, "Projects", "Ticket router | PyTorch, FastAPI | 2024"},
          {ItemKind::kBullet, 0, "Projects", "Served 10k predictions/day with a p95 of 45 ms."},
      });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: moderncv \\cventry, \\cvitem and friends") {
  SourceFile file = Fixture("tests/fixtures/latex/moderncv.tex");
  Extraction x = MustExtract(file);
  CheckItems(
      x,
      {
          {ItemKind::kHeading, 1, "Experience", "Experience"},
          {ItemKind::kHeading, 2, "Experience",
           "2021–Present | Machine Learning Engineer | Fabrikam | Berlin"},
          {ItemKind::kBullet, 0, "Experience",
           "Shipped a demand-forecasting model to 40 stores, cutting stock-outs by 12%."},
          {ItemKind::kBullet, 0, "Experience", "Worked on the feature store."},
          {ItemKind::kHeading, 2, "Experience", "2018–2021 | Software Engineer | Contoso | Remote"},
          {ItemKind::kBullet, 0, "Experience",
           "Built the billing service that processed $3M a month."},
          {ItemKind::kHeading, 2, "Experience", "2016–2018 | Intern | Acme"},
          {ItemKind::kHeading, 1, "Skills", "Skills"},
          {ItemKind::kBullet, 0, "Skills", "Languages: Python, Go, SQL"},
          {ItemKind::kBullet, 0, "Skills", "Won the internal hackathon with a churn model."},
          {ItemKind::kBullet, 0, "Skills", "Cloud: AWS, GCP certified"},
          {ItemKind::kBullet, 0, "Skills", "Mentored 3 junior engineers."},
          {ItemKind::kBullet, 0, "Skills", "Kubernetes"},
          {ItemKind::kBullet, 0, "Skills", "Terraform"},
          {ItemKind::kBullet, 0, "Skills", "ML: PyTorch"},
          {ItemKind::kBullet, 0, "Skills", "Data: Spark"},
      });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: awesome-cv cventries, cvitems, cvhonors, cvskills") {
  SourceFile file = Fixture("tests/fixtures/latex/awesome-cv.tex");
  Extraction x = MustExtract(file);
  CheckItems(
      x,
      {
          {ItemKind::kHeading, 1, "Experience", "Experience"},
          {ItemKind::kHeading, 2, "Experience",
           "Machine Learning Engineer | Fabrikam | Berlin, Germany | Jan. 2021 - Present"},
          {ItemKind::kBullet, 0, "Experience",
           "Deployed a fraud model behind a canary release with automatic rollback, serving 1.2M "
           "requests a day."},
          {ItemKind::kBullet, 0, "Experience", "Responsible for model monitoring dashboards."},
          {ItemKind::kHeading, 1, "Honors & Awards", "Honors & Awards"},
          {ItemKind::kBullet, 0, "Honors & Awards",
           "Finalist Kaggle Grandmaster Challenge Online 2022"},
          {ItemKind::kHeading, 1, "Skills", "Skills"},
          {ItemKind::kBullet, 0, "Skills", "ML: PyTorch, scikit-learn, MLflow"},
      });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: plain itemize, nested lists, description labels, disabled text") {
  SourceFile file = Fixture("tests/fixtures/latex/plain-itemize.tex");
  Extraction x = MustExtract(file);
  CheckItems(
      x,
      {
          {ItemKind::kHeading, 1, "Summary", "Summary"},
          {ItemKind::kSummary, 0, "Summary",
           "Platform engineer who moved from payments infrastructure to machine learning, with a "
           "focus on serving and monitoring models in production."},
          {ItemKind::kHeading, 1, "Experience", "Experience"},
          {ItemKind::kHeading, 2, "Experience", "Fabrikam 2020–2024 Senior Engineer"},
          {ItemKind::kBullet, 0, "Experience",
           "Migrated 40 services to Kubernetes, serving 2M requests a day."},
          {ItemKind::kHeading, 2, "Experience", "Led the on-call rotation:"},
          {ItemKind::kBullet, 0, "Experience", "Wrote the runbook for cutover night."},
          {ItemKind::kBullet, 0, "Experience", "Cut pages per week from 30 to 4."},
          {ItemKind::kBullet, 0, "Experience", "Helped with code reviews."},
          {ItemKind::kHeading, 1, "Projects", "Projects"},
          {ItemKind::kBullet, 0, "Projects",
           "Ticket router: Fine-tuned a classifier on 2,000 tickets."},
      });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: resume.cls rSection and rSubsection environments") {
  SourceFile file = Fixture("tests/fixtures/latex/rsection.tex");
  Extraction x = MustExtract(file);
  CheckItems(
      x, {
             {ItemKind::kHeading, 1, "Education", "Education"},
             {ItemKind::kSummary, 0, "Education",
              "University of Example 2014 – 2018 B.S. in Computer Science"},
             {ItemKind::kHeading, 1, "Experience", "Experience"},
             {ItemKind::kHeading, 2, "Experience",
              "Northwind | June 2018 - Present | Data Engineer | Seattle, WA"},
             {ItemKind::kBullet, 0, "Experience",
              "Rebuilt the nightly ETL in Spark, cutting its run time from 6 hours to 40 minutes."},
             {ItemKind::kBullet, 0, "Experience", "Familiar with Airflow."},
         });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX fixture: sb2nov's two-argument \\resumeItem and macros learned from the file") {
  SourceFile file = Fixture("tests/fixtures/latex/sb2nov.tex");
  Extraction x = MustExtract(file);
  CheckItems(x, {
                    {ItemKind::kHeading, 1, "Experience", "Experience"},
                    {ItemKind::kHeading, 2, "Experience",
                     "Contoso | Seattle, WA | Software Engineer | 2019 – 2022"},
                    {ItemKind::kBullet, 0, "Experience",
                     "Search: Cut p95 query latency from 300 ms to 90 ms."},
                    {ItemKind::kBullet, 0, "Experience", "Tooling: Worked on internal tools."},
                    // \jobEntry: a macro of the file's own whose body lays out \item ... \hfill.
                    {ItemKind::kHeading, 2, "Experience", "Fabrikam | 2017 – 2019 | Intern"},
                });
  CheckPositions(file, x);
}

TEST_CASE("LaTeX: definitions in the file say what a macro does") {
  Extraction x = MustExtractText(R"(\newcommand{\achievement}[1]{\item #1}
\newcommand{\mysection}[1]{\section*{#1}}
\let\oldsection\section
\newenvironment{jobs}{\begin{itemize}}{\end{itemize}}
\def\tagline#1{\textit{#1}}
\begin{document}
\mysection{Work}
\begin{jobs}
\achievement{Shipped the search API to 3 regions.}
\item \tagline{Cut} build time by half.
\end{jobs}
\oldsection{Skills}
\achievement{Go and Python.}
\end{document}
)");
  CheckItems(x, {
                    {ItemKind::kHeading, 1, "Work", "Work"},
                    {ItemKind::kBullet, 0, "Work", "Shipped the search API to 3 regions."},
                    {ItemKind::kBullet, 0, "Work", "Cut build time by half."},
                    {ItemKind::kHeading, 1, "Skills", "Skills"},
                    {ItemKind::kBullet, 0, "Skills", "Go and Python."},
                });
}

TEST_CASE("LaTeX: cleaning rules") {
  struct Case {
    const char* input;
    const char* text;
  };
  const Case cases[] = {
      {R"(Cut costs by $\sim$30\% in Q3)", "Cut costs by ~30% in Q3"},
      {R"(Rose from 2 -- 5 --- fast)", "Rose from 2 – 5 — fast"},
      {R"(\textbf{Bold} \emph{em} \textit{it} \underline{u} \texttt{tt} \small{small})",
       "Bold em it u tt small"},
      {R"(Read \href{https://example.com/a%20b#c}{the post}\url{https://example.com/x%y} today)",
       "Read the post today"},
      {R"(\href[pdfnewwindow=true]{https://example.com/}{\underline{portfolio}} link)",
       "portfolio link"},
      {R"(R\&D, \$5M, \#1, snake\_case, \{x\}, 50\%)", "R&D, $5M, #1, snake_case, {x}, 50%"},
      {R"(120~ms)", "120 ms"},
      {R"(first\\second \\[2pt] third \newline fourth)", "first second third fourth"},
      {"kept % a comment, dropped\n  text", "kept text"},
      {R"($>$ 99.9\% uptime, 10$\times$ faster, $\approx$3x, $<$50ms)",
       "> 99.9% uptime, 10× faster, ≈3x, <50ms"},
      {R"(\textasciitilde 5 min)", "~5 min"},
      {R"(Caf\'e, Fran\c{c}ois, M\"{u}ller, na\"ive, \'{\i}cono, \~n)",
       "Café, François, Müller, naïve, ícono, ñ"},
      {R"(``quoted'' text)", "\"quoted\" text"},
      {R"($O(n \log n)$ search over $10^{6}$ rows at $\frac{1}{2}$ the cost)",
       "O(n log n) search over 10^6 rows at 1/2 the cost"},
      {R"(\unknownmacro{kept text} and \othermacro[opt]{more})", "kept text and more"},
      {R"(\textcolor{blue}{blue} \vspace{2pt}\hfill \hspace*{1em}end)", "blue end"},
      {R"(\verb|a{b| code)", "a{b code"},
      {R"(\LaTeX{} and \TeX\ docs\ldots)", "LaTeX and TeX docs…"},
      {R"(Built it\footnote{A note.}.)", "Built it."},
      {R"(\textbf {Spaced} argument)", "Spaced argument"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(CleanItem(c.input) == c.text);
  }
}

TEST_CASE("LaTeX: a finding at \"30%\" maps to `30\\%` in the file") {
  const std::string text =
      "\\begin{itemize}\n  \\item Cut chargebacks by $\\sim$30\\% and costs by 30\\% in Q3.\n"
      "\\end{itemize}\n";
  SourceFile file("cv.tex", text);
  Extraction x = MustExtract(file);
  REQUIRE(x.items.size() == 1);
  const Item& item = x.items[0];
  REQUIRE(item.text == "Cut chargebacks by ~30% and costs by 30% in Q3.");
  size_t first = item.text.find("30%");
  size_t second = item.text.find("30%", first + 1);
  size_t source_first = text.find("30\\%");
  size_t source_second = text.find("30\\%", source_first + 1);
  CHECK(item.map.ToSource(first) == source_first);
  CHECK(item.map.ToSourceEnd(first + 3) == source_first + 4);
  CHECK(item.map.ToSource(second) == source_second);
  CHECK(item.map.ToSourceEnd(second + 3) == source_second + 4);
  // "~" stands for `\sim`.
  CHECK(item.map.ToSource(first - 1) == text.find("\\sim"));

  // Through the whole pipeline: the percent metric on the second "30%" is reported at `30\%`.
  FileResult r = testing::ProcessText("cv.tex", text);
  REQUIRE_FALSE(r.error.has_value());
  REQUIRE(r.tags.size() == 1);
  bool found = false;
  for (const Metric& m : r.tags[0].metrics) {
    if (m.begin != second) continue;
    found = true;
    Position p = r.source.PositionOf(r.items[0].map.ToSource(m.begin));
    Position expected = r.source.PositionOf(source_second);
    CHECK(p.line == expected.line);
    CHECK(p.column == expected.column);
  }
  CHECK(found);
}

TEST_CASE("LaTeX: malformed input gives an error at the exact place") {
  SUBCASE("unterminated brace") {
    Error e = MustFail(
        "\\begin{itemize}\n\\item Built \\textbf{the feature store.\n"
        "\\item Cut costs.\n\\end{itemize}\n");
    CHECK(e.line == 2);
    CHECK(e.column == 20);
    CHECK(e.message == "unterminated group: this '{' is never closed; add the matching '}'");
    CHECK(e.ToString() ==
          "bad.tex:2:20: unterminated group: this '{' is never closed; add the "
          "matching '}'");
  }
  SUBCASE("unmatched closing brace") {
    Error e = MustFail("\\item Built X.}\n");
    CHECK(e.line == 1);
    CHECK(e.column == 15);
    CHECK(e.message.find("unmatched '}'") == 0);
  }
  SUBCASE("unterminated environment at the end of the file") {
    Error e = MustFail("% notes\n\\begin{itemize}\n\\item Built X.\n");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message == "environment 'itemize' is never closed; add \\end{itemize}");
  }
  SUBCASE("environment left open before \\end{document}") {
    Error e = MustFail("\\begin{document}\n  \\begin{itemize}\n\\item Built X.\n\\end{document}\n");
    CHECK(e.line == 2);
    CHECK(e.column == 3);
    CHECK(e.message ==
          "environment 'itemize' is never closed; add \\end{itemize} before the "
          "\\end{document} at line 4, column 1");
  }
  SUBCASE("misspelled \\end") {
    Error e = MustFail("\\begin{itemize}\n\\item Built X.\n\\end{itemze}\n");
    CHECK(e.line == 3);
    CHECK(e.column == 1);
    CHECK(e.message ==
          "\\end{itemze} does not match \\begin{itemize} at line 1, column 1; fix "
          "the name or close 'itemize' first");
  }
  SUBCASE("\\end with nothing open") {
    Error e = MustFail("\\item Built X.\n\\end{itemize}\n");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message.find("has no matching \\begin{itemize}") != std::string::npos);
  }
  SUBCASE("environment left open inside a group") {
    Error e = MustFail("\\resumeItem{\\begin{itemize} x}\n\\end{itemize}\n");
    CHECK(e.line == 1);
    CHECK(e.column == 13);
    CHECK(e.message.find("never closed inside its group") != std::string::npos);
  }
  SUBCASE("\\end inside braces its \\begin is not in") {
    Error e = MustFail("\\begin{itemize}\n\\item x {\\end{itemize}}\n");
    CHECK(e.line == 2);
    CHECK(e.column == 10);
    CHECK(e.message.find("is inside a {..} group") != std::string::npos);
  }
  SUBCASE("verbatim never closed") {
    Error e = MustFail("\\item x\n\\begin{verbatim}\ncode {\n");
    CHECK(e.line == 2);
    CHECK(e.column == 1);
    CHECK(e.message == "environment 'verbatim' is never closed; add \\end{verbatim}");
  }
  SUBCASE("\\iffalse never closed") {
    Error e = MustFail("\\item x\n  \\iffalse\n\\item y\n");
    CHECK(e.line == 2);
    CHECK(e.column == 3);
    CHECK(e.message.find("\\iffalse is never closed") == 0);
  }
  SUBCASE("\\begin without a name") {
    Error e = MustFail("\\item x \\begin itemize\n");
    CHECK(e.line == 1);
    CHECK(e.column == 9);
    CHECK(e.message.find("\\begin needs an environment name") == 0);
  }
}

TEST_CASE("LaTeX: 100,000-deep nesting neither overflows the stack nor fails") {
  const size_t kDepth = 100000;
  SUBCASE("balanced braces around an item's text") {
    Extraction x =
        MustExtractText("\\begin{itemize}\n\\item " + std::string(kDepth, '{') +
                        "Built a feature store." + std::string(kDepth, '}') + "\n\\end{itemize}\n");
    REQUIRE(x.items.size() == 1);
    CHECK(x.items[0].text == "Built a feature store.");
  }
  SUBCASE("a '{' never closed, 100,000 deep") {
    Error e = MustFail("\\item " + std::string(kDepth, '{') + "x");
    CHECK(e.line == 1);
    CHECK(e.column == 7);  // the outermost unclosed '{'
  }
  SUBCASE("unbalanced braces after deep nesting") {
    Error e = MustFail(std::string(kDepth, '{') + std::string(kDepth + 1, '}'));
    CHECK(e.line == 1);
    CHECK(e.column == 2 * kDepth + 1);
  }
  SUBCASE("nested environments") {
    std::string text;
    for (size_t i = 0; i < kDepth; ++i) text += "\\begin{itemize}";
    text += "\\item Built it.";
    for (size_t i = 0; i < kDepth; ++i) text += "\\end{itemize}";
    Extraction x = MustExtractText(text);
    REQUIRE(x.items.size() == 1);
    CHECK(x.items[0].text == "Built it.");
  }
  SUBCASE("nested bullet macros and accents") {
    std::string text;
    for (size_t i = 0; i < kDepth; ++i) text += "\\resumeItem{\\'";
    text += "e";
    text += std::string(kDepth, '}');
    Extraction x = MustExtractText(text);
    REQUIRE(x.items.size() == 1);
    CHECK(x.items[0].text == "é");
  }
  SUBCASE("an environment never closed, 100,000 deep") {
    std::string text;
    for (size_t i = 0; i < kDepth; ++i) text += "\\begin{itemize}\n";
    Error e = MustFail(text);
    CHECK(e.line == kDepth);
    CHECK(e.column == 1);
  }
}

TEST_CASE("LaTeX: truncated and damaged fixtures never crash and keep positions in bounds") {
  const char* fixtures[] = {
      "tests/fixtures/corpus/latex/jakes-template-engineering-student.tex",
      "tests/fixtures/corpus/latex/resume-cls-list-items.tex",
      "tests/fixtures/latex/moderncv.tex",
      "tests/fixtures/latex/awesome-cv.tex",
      "tests/fixtures/latex/plain-itemize.tex",
  };
  size_t runs = 0, errors = 0;
  for (const char* path : fixtures) {
    CAPTURE(path);
    const std::string bytes = testing::ReadFileOrDie(testing::SourcePath(path));
    std::vector<std::string> variants;
    for (size_t cut = 0; cut < bytes.size(); cut += 37) variants.push_back(bytes.substr(0, cut));
    for (size_t drop = 0; drop < bytes.size(); drop += 53) {
      variants.push_back(bytes.substr(0, drop) + bytes.substr(drop + 1));
    }
    for (const std::string& text : variants) {
      SourceFile file("v.tex", text);
      for (ExtractMode mode : {ExtractMode::kBullets, ExtractMode::kStories}) {
        auto r = ExtractLatex(file, mode);
        ++runs;
        if (!r.ok()) {
          ++errors;
          CHECK(r.error().line >= 1);
          CHECK(r.error().column >= 1);
          continue;
        }
        for (const Item& item : r.value().items) {
          CHECK(!item.text.empty());
          CHECK(item.SourceBegin() < text.size());
          CHECK(item.map.ToSourceEnd(item.text.size()) <= text.size());
        }
      }
    }
  }
  CHECK(runs > 500);
  CHECK(errors > 0);  // truncation inside a group or environment is reported, not ignored
}

TEST_CASE("LaTeX: byte order mark, CRLF line ends and a fragment without a document") {
  SourceFile bom("cv.tex", "\xEF\xBB\xBF\\item Built the API.\n");
  Extraction x = MustExtract(bom);
  REQUIRE(x.items.size() == 1);
  Position p = bom.PositionOf(x.items[0].SourceBegin());
  CHECK(p.line == 1);
  CHECK(p.column == 7);

  std::string crlf;
  for (char c : testing::ReadFileOrDie(testing::SourcePath("tests/fixtures/latex/moderncv.tex"))) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  SourceFile file("cv.tex", crlf);
  Extraction y = MustExtract(file);
  CHECK(Count(y, ItemKind::kBullet) == 11);
  CheckPositions(file, y);
}

TEST_CASE("LaTeX: stories mode reads the document's prose as one story") {
  SourceFile file = Fixture("tests/fixtures/latex/plain-itemize.tex");
  Extraction x = MustExtract(file, ExtractMode::kStories);
  REQUIRE(x.items.size() == 1);
  const Item& story = x.items[0];
  CHECK(story.kind == ItemKind::kStory);
  CHECK(story.text ==
        "Platform engineer who moved from payments infrastructure to machine learning, with a "
        "focus on serving and monitoring models in production. Migrated 40 services to "
        "Kubernetes, serving 2M requests a day. Wrote the runbook for cutover night. Cut pages "
        "per week from 30 to 4. Helped with code reviews. Ticket router: Fine-tuned a "
        "classifier on 2,000 tickets.");
  size_t at = story.text.find("Migrated");
  CHECK(story.map.ToSource(at) == file.bytes().find("Migrated"));
}

TEST_CASE("LaTeX: the extractor table chooses it for .tex and .latex") {
  SourceFile file("cv.tex", "\\section{Experience}\n");
  const ExtractorEntry* e = ChooseExtractor("cv/cv.tex", file, "");
  REQUIRE(e != nullptr);
  CHECK(std::string(e->name) == "latex");
  e = ChooseExtractor("CV.LATEX", file, "");
  REQUIRE(e != nullptr);
  CHECK(std::string(e->name) == "latex");
  REQUIRE(FindExtractor("latex") != nullptr);
  CHECK(IsSupportedPath("a/b.tex"));
  CHECK(SupportedExtensions().find(".tex") != std::string::npos);
  CHECK(SniffLatex(SourceFile("x", "\\documentclass{article}")));
  CHECK(SniffLatex(SourceFile("x", "\\resumeItem{Built it}")));
  CHECK_FALSE(SniffLatex(SourceFile("x", "# Experience\n- Built it\n")));
}

TEST_CASE("LaTeX: hirelint lints samples/cv.tex and reports findings where the bullets are") {
  const std::string path = testing::SourcePath("samples/cv.tex");
  const std::string bytes = testing::ReadFileOrDie(path);
  SourceFile file(path, bytes);
  testing::CommandResult r = testing::RunHirelint({path});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  auto at = [&](const std::string& needle) {
    Position p = file.PositionOf(bytes.find(needle));
    return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
  };
  CHECK(r.out.find(at("Responsible for the on-call") +
                   "warning: 'Responsible for' describes a role") != std::string::npos);
  CHECK(r.out.find(at("Helped with the migration") + "warning: 'Helped with'") !=
        std::string::npos);
  CHECK(r.out.find(at("large-scale} data") + "warning: 'large-scale' claims scale") !=
        std::string::npos);
  CHECK(r.out.find(at("various internal tools") + "info: 'various' is vague") != std::string::npos);
  CHECK(r.out.find(at("Python, Go, PostgreSQL") + "warning: lists tools") != std::string::npos);
  CHECK(r.out.find(at("Relevant coursework") + "info: 'Relevant coursework' lists study") !=
        std::string::npos);
  // Strong, quantified bullets draw no impact finding.
  CHECK(r.out.find(at("Reduced p99 latency") + "warning: no number") == std::string::npos);
  CHECK(r.out.find(at("Cut CI build time") + "warning: no number") == std::string::npos);
}

TEST_CASE("LaTeX: a malformed file exits 2 with PATH:LINE:COL, other files are still linted") {
  const std::string dir = testing::TempDir();
  const std::string bad = dir + "/bad.tex";
  {
    std::ofstream out(bad, std::ios::binary);
    out << "\\begin{itemize}\n\\item Built \\textbf{the feature store.\n\\end{itemize}\n";
  }
  const std::string good = testing::SourcePath("tests/fixtures/latex/jakes-template.tex");
  testing::CommandResult r = testing::RunHirelint({"tag", "--format", "jsonl", bad, good});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "hirelint: error: " + bad +
                     ":2:20: unterminated group: this '{' is never closed; add the matching "
                     "'}'\n");
  CHECK(r.out.find("\"text\":\"Helped with R&D on drift detection.\"") != std::string::npos);
}

TEST_CASE("LaTeX: --input-format latex reads standard input") {
  testing::CommandResult r =
      testing::RunHirelint({"tag", "--format", "jsonl", "--input-format", "latex", "-"},
                           "\\section{Experience}\n\\begin{itemize}\n  \\item Cut costs by 30\\%.\n"
                           "\\end{itemize}\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"line\":3,\"column\":9") != std::string::npos);
  CHECK(r.out.find("\"text\":\"Cut costs by 30%.\"") != std::string::npos);
  CHECK(r.out.find("\"section\":\"Experience\"") != std::string::npos);
}

}  // namespace
}  // namespace hirelint
