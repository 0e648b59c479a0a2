// Heapscope front-end developer tool: parses many sources in one run for differential.py.
// Not a unit test (tests/unit/*.cpp only): build by hand, see differential.py's docstring.
#include "frontend/ast_dump.h"
#include "frontend/parser.h"

#include <cstdint>
#include <cstdio>
#include <string>

using namespace hs::frontend;

namespace {

// Records are a little-endian uint32 length followed by that many bytes.
bool readRecord(std::FILE* f, std::string& s)
{
    std::uint32_t n = 0;
    if (std::fread(&n, 4, 1, f) != 1) return false;
    s.resize(n);
    return n == 0 || std::fread(&s[0], 1, n, f) == n;
}

void writeRecord(std::FILE* f, const std::string& s)
{
    std::uint32_t n = static_cast<std::uint32_t>(s.size());
    std::fwrite(&n, 4, 1, f);
    std::fwrite(s.data(), 1, n, f);
}

} // namespace

// Usage: frontend_batch IN OUT. For each source: ast.dump text, or the SyntaxError report plus
// "@lineno,offset,end_lineno,end_offset" when the error has a location.
int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s IN OUT\n", argv[0]);
        return 2;
    }
    std::FILE* in = std::fopen(argv[1], "rb");
    std::FILE* out = std::fopen(argv[2], "wb");
    if (in == nullptr || out == nullptr) return 2;
    std::string src;
    while (readRecord(in, src)) {
        ParseResult r = parseModule(src);
        std::string o;
        if (r.ok()) {
            o = dumpModule(*r.module);
        } else {
            const SyntaxErrorInfo& e = *r.error;
            o = formatCellSyntaxError(e, 1);
            if (e.type != "MemoryError" && e.lineno > 0)
                o += "@" + std::to_string(e.lineno) + "," + std::to_string(e.offset) + "," + std::to_string(e.end_lineno) + "," +
                     std::to_string(e.end_offset);
        }
        writeRecord(out, o);
    }
    std::fclose(in);
    std::fclose(out);
    return 0;
}
