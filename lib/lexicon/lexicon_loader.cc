// LoadLexicons: the embedded lexicons come from the blob the build made from them; anything
// else (an overlay, a file set from memory) is parsed from YAML.

#include "lexicon/embedded.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/lexicon_serializer.h"

namespace hirelint {

Result<LexiconData> LoadLexicons(const LexiconFiles& files) {
  if (!files.unmodified_embedded()) return ParseLexicons(files);
  return DeserializeLexiconData(EmbeddedLexiconBlob());
}

}  // namespace hirelint
