// Exception reports as CPython 3.11 prints them: print_exception_recursive (cause/context chains),
// tb_printinternal (TB_RECURSIVE_CUTOFF = 3), print_exception_message, the SyntaxError form, and
// _Py_Offer_Suggestions.
#include "runtime/traceback_print.h"

#include "frontend/syntax_error.h"
#include "modules/module_registry.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/source_display.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <set>

namespace hs {

Ref exceptionStrOf(Interpreter& interp, Object* exc);

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr long kTracebackLimit = 1000;
constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;
constexpr std::size_t kMaxStringSize = 40;
constexpr std::int64_t kMaxCandidateItems = 750;

int substitutionCost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

} // namespace

std::int64_t suggestionDistance(const std::string& sa, const std::string& sb, std::int64_t maxCost) {
    const char* a = sa.data();
    const char* b = sb.data();
    std::size_t aSize = sa.size(), bSize = sb.size();
    while (aSize && bSize && a[0] == b[0]) {
        ++a, --aSize;
        ++b, --bSize;
    }
    while (aSize && bSize && a[aSize - 1] == b[bSize - 1]) {
        --aSize;
        --bSize;
    }
    if (aSize == 0 || bSize == 0) return static_cast<std::int64_t>((aSize + bSize) * kMoveCost);
    if (aSize > kMaxStringSize || bSize > kMaxStringSize) return maxCost + 1;
    if (bSize < aSize) {
        std::swap(a, b);
        std::swap(aSize, bSize);
    }
    if (static_cast<std::int64_t>((bSize - aSize) * kMoveCost) > maxCost) return maxCost + 1;
    std::size_t buffer[kMaxStringSize];
    std::size_t tmp = kMoveCost;
    for (std::size_t i = 0; i < aSize; ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    std::size_t result = 0;
    for (std::size_t bIndex = 0; bIndex < bSize; ++bIndex) {
        const char code = b[bIndex];
        std::size_t distance = result = bIndex * kMoveCost;
        std::size_t minimum = SIZE_MAX;
        for (std::size_t index = 0; index < aSize; ++index) {
            const std::size_t substitute = distance + static_cast<std::size_t>(substitutionCost(code, a[index]));
            distance = buffer[index];
            const std::size_t insertDelete = std::min(result, distance) + kMoveCost;
            result = std::min(insertDelete, substitute);
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (static_cast<std::int64_t>(minimum) > maxCost) return maxCost + 1;
    }
    return static_cast<std::int64_t>(result);
}

namespace {

// calculate_suggestions over a list of str.
std::string calculateSuggestion(Object* dir, const std::string& name) {
    const std::int64_t n = listSize(dir);
    if (n >= kMaxCandidateItems) return "";
    std::int64_t best = INT64_MAX;
    std::string suggestion;
    bool found = false;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* item = listItem(dir, i);
        if (!isStr(item)) continue;
        const std::string s = strToUtf8(item);
        if (s == name) continue;
        std::int64_t maxDistance = (static_cast<std::int64_t>(name.size() + s.size()) + 3) * kMoveCost / 6;
        maxDistance = std::min(maxDistance, best - 1);
        const std::int64_t d = suggestionDistance(name, s, maxDistance);
        if (d > maxDistance) continue;
        if (!found || d < best) {
            suggestion = s;
            best = d;
            found = true;
        }
    }
    return suggestion;
}

std::string offerSuggestions(Interpreter& interp, Object* exc) {
    VmState& vm = vmOf(interp);
    if (exc->type == vm.exc.AttributeError) {
        Object* obj = exceptionField(exc, 0);
        Object* name = exceptionField(exc, 1);
        if (!name || !obj || !isExactStr(name)) return "";
        Ref dir = objectDir(obj);
        if (!dir) {
            clearError(interp);
            return "";
        }
        return calculateSuggestion(dir.get(), strToUtf8(name));
    }
    if (exc->type == vm.exc.NameError) {
        Object* name = exceptionField(exc, 0);
        Object* tb = exceptionTraceback(exc);
        if (!name || !isExactStr(name) || !tb || !isTraceback(tb)) return "";
        while (asTraceback(tb)->next && isTraceback(asTraceback(tb)->next)) tb = asTraceback(tb)->next;
        auto* fo = static_cast<FrameObject*>(asTraceback(tb)->frame);
        Frame* f = fo->frame;
        if (!f) return "";
        const std::string n = strToUtf8(name);
        // _PyCode_GetVarnames: the plain locals (CO_FAST_LOCAL).
        CodeObject* co = f->code;
        Ref varnames = newList(interp, 0);
        for (int i = 0; i < co->nlocalsplus; ++i)
            if (co->localKind(i) & fastkind::kLocal) listAppend(varnames.get(), co->localName(i));
        std::string s = calculateSuggestion(varnames.get(), n);
        if (!s.empty()) return s;
        Ref globals = dictKeys(f->globals);
        s = calculateSuggestion(globals.get(), n);
        if (!s.empty()) return s;
        Ref builtins = dictKeys(f->builtins);
        return calculateSuggestion(builtins.get(), n);
    }
    return "";
}

std::string typeDisplayName(const TypeObject* t) {
    const std::string mod = typeModuleName(t);
    std::string out;
    if (mod != "builtins" && mod != "__main__") out = mod + ".";
    return out + typeQualName(t);
}

void printTraceback(Object* tb, std::string& out) {
    std::int64_t depth = 0;
    for (Object* t = tb; t; t = asTraceback(t)->next) ++depth;
    while (tb && depth > kTracebackLimit) {
        --depth;
        tb = asTraceback(tb)->next;
    }
    std::string lastFile, lastName;
    int lastLine = -1;
    bool haveLast = false;
    long cnt = 0;
    auto repeated = [&](long n) {
        n -= kRecursiveCutoff;
        out += formatString(n > 1 ? "  [Previous line repeated %ld more times]\n" : "  [Previous line repeated %ld more time]\n", n);
    };
    for (; tb; tb = asTraceback(tb)->next) {
        TracebackObject* t = asTraceback(tb);
        auto* fo = static_cast<FrameObject*>(t->frame);
        const CodeObject* co = fo->frame ? fo->frame->code : nullptr;
        const std::string file = co ? strToUtf8(co->filename) : "?";
        const std::string name = co ? strToUtf8(co->name) : "?";
        if (!haveLast || file != lastFile || lastLine == -1 || t->lineno != lastLine || name != lastName) {
            if (cnt > kRecursiveCutoff) repeated(cnt);
            lastFile = file;
            lastLine = t->lineno;
            lastName = name;
            haveLast = true;
            cnt = 0;
        }
        ++cnt;
        if (cnt <= kRecursiveCutoff) {
            out += "  File \"" + file + "\", line " + std::to_string(t->lineno) + ", in " + name + "\n";
            const std::string_view source = builtinModuleSource(file);
            if (!source.empty()) out += displaySourceLine(co, source, t->lineno, t->lasti);
        }
    }
    if (cnt > kRecursiveCutoff) repeated(cnt);
}

bool syntaxErrorDetails(Interpreter& interp, Object* exc, std::string& out) {
    VmState& vm = vmOf(interp);
    if (!exc->type->isSubtypeOf(vm.exc.SyntaxError)) return false;
    frontend::SyntaxErrorInfo info;
    Object* msg = exceptionField(exc, 0);
    Object* filename = exceptionField(exc, 1);
    Object* lineno = exceptionField(exc, 2);
    Object* offset = exceptionField(exc, 3);
    Object* text = exceptionField(exc, 4);
    Object* endLineno = exceptionField(exc, 5);
    Object* endOffset = exceptionField(exc, 6);
    if (!filename || !lineno || !isInt(lineno)) return false;
    std::int64_t v = 0;
    info.type = typeDisplayName(exc->type);
    info.msg = msg ? strOf(msg) : "";
    intAsInt64(lineno, v);
    info.lineno = static_cast<int>(v);
    if (offset && isInt(offset) && intAsInt64(offset, v)) info.offset = static_cast<int>(v);
    if (endLineno && isInt(endLineno) && intAsInt64(endLineno, v)) info.end_lineno = static_cast<int>(v);
    if (endOffset && isInt(endOffset) && intAsInt64(endOffset, v)) info.end_offset = static_cast<int>(v);
    if (text && isStr(text)) info.text = strToUtf8(text);
    else info.has_text = false;
    out += frontend::formatSyntaxError(info, isStr(filename) ? strToUtf8(filename) : "<string>");
    return true;
}

void printOne(Interpreter& interp, Object* exc, std::string& out) {
    if (Object* tb = exceptionTraceback(exc)) {
        out += "Traceback (most recent call last):\n";
        printTraceback(tb, out);
    }
    if (syntaxErrorDetails(interp, exc, out)) return;
    out += typeDisplayName(exc->type);
    Ref s = exceptionStrOf(interp, exc);
    if (!s) {
        clearError(interp);
        out += ": <exception str() failed>";
    } else {
        if (strLength(s.get()) != 0) out += ": ";
        out += strToUtf8(s.get());
    }
    const std::string suggestion = offerSuggestions(interp, exc);
    clearError(interp);
    if (!suggestion.empty()) out += ". Did you mean: '" + suggestion + "'?";
    out += "\n";
    // __notes__
    if (Object** dictp = exc->type->slots.dictPtr ? exc->type->slots.dictPtr(exc) : nullptr) {
        if (*dictp) {
            if (Object* notes = dictGetItem(*dictp, vmOf(interp).names.__notes__)) {
                if (isList(notes) || isTuple(notes)) {
                    const std::int64_t n = isList(notes) ? listSize(notes) : tupleSize(notes);
                    for (std::int64_t i = 0; i < n; ++i) {
                        Object* note = isList(notes) ? listItem(notes, i) : tupleItem(notes, i);
                        out += (isStr(note) ? strToUtf8(note) : reprOf(note)) + "\n";
                    }
                } else {
                    out += reprOf(notes) + "\n";
                }
            }
        }
    }
}

void printRecursive(Interpreter& interp, Object* exc, std::set<Object*>& seen, std::string& out) {
    seen.insert(exc);
    Object* cause = exceptionCause(exc);
    Object* context = exceptionContext(exc);
    if (cause && isExceptionInstance(cause) && !seen.count(cause)) {
        printRecursive(interp, cause, seen, out);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context && isExceptionInstance(context) && !asException(exc)->suppressContext && !seen.count(context)) {
        printRecursive(interp, context, seen, out);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    printOne(interp, exc, out);
}

} // namespace

std::string formatException(Interpreter& interp, Object* exc) {
    PendingError saved = interp.takeError();
    std::string out;
    if (!isExceptionInstance(exc)) {
        out = "TypeError: print_exception(): Exception expected for value, " + exc->type->name + " found\n";
    } else {
        std::set<Object*> seen;
        printRecursive(interp, exc, seen, out);
    }
    interp.setPendingError(std::move(saved));
    return out;
}

Ref exceptionStrOf(Interpreter&, Object* exc) { return objectStr(exc); }

std::string formatTraceback(Object* tb) {
    if (tb == nullptr) return "";
    std::string out = "Traceback (most recent call last):\n";
    printTraceback(tb, out);
    return out;
}

} // namespace hs
