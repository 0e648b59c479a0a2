// Exception reports as CPython 3.11 prints them: print_exception_recursive (cause/context chains),
// tb_printinternal (TB_RECURSIVE_CUTOFF = 3), print_exception_message, the SyntaxError form, and
// _Py_Offer_Suggestions.
#include "runtime/traceback_print.h"

#include "frontend/syntax_error.h"
#include "modules/module_registry.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
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
    if (exc->type == vm.exc.AttributeError) { // exact type: a subclass's name/obj are not read
        Object* obj = exceptionField(exc, 0);
        Object* name = exceptionField(exc, 1);
        if (!name || !obj || !isExactStr(name)) return "";
        // offer_suggestions_for_attribute_error: PyObject_Dir(obj), so a class's own __dir__ runs.
        Ref dir = dirOfObject(obj);
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
    info.located = true; // an int lineno, even 0, prints its location
    if (offset && isInt(offset) && intAsInt64(offset, v)) info.offset = static_cast<int>(v);
    if (endLineno && isInt(endLineno) && intAsInt64(endLineno, v)) info.end_lineno = static_cast<int>(v);
    if (endOffset && isInt(endOffset) && intAsInt64(endOffset, v)) info.end_offset = static_cast<int>(v);
    if (text && isStr(text)) info.text = strToUtf8(text);
    else info.has_text = false;
    out += frontend::formatSyntaxError(info, isStr(filename) ? strToUtf8(filename) : "<string>");
    return true;
}

// print_exception_recursive's state (pythonrun.c exception_print_context): the chain's seen set
// and the exception group nesting that decides each line's indent and "| " margin.
struct PrintContext {
    std::set<Object*> seen;
    int groupDepth = 0;
    bool needClose = false;
    std::string out;
};

constexpr int kMaxGroupWidth = 15; // PyErr_MAX_GROUP_WIDTH
constexpr int kMaxGroupDepth = 10; // PyErr_MAX_GROUP_DEPTH

std::string indentOf(const PrintContext& ctx) { return std::string(static_cast<std::size_t>(2 * ctx.groupDepth), ' '); }
// _Py_WriteIndentedMargin(EXC_INDENT, EXC_MARGIN).
std::string marginOf(const PrintContext& ctx) { return indentOf(ctx) + (ctx.groupDepth ? "| " : ""); }

// Appends `text` with `prefix` before each of its lines.
void appendPrefixed(std::string& out, const std::string& text, const std::string& prefix) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t stop = nl == std::string::npos ? text.size() : nl + 1;
        out += prefix;
        out.append(text, pos, stop - pos);
        pos = stop;
    }
}

// print_exception_notes: each note's lines with the margin; a non-sequence __notes__ as its repr.
void printNotes(Interpreter& interp, PrintContext& ctx, Object* exc) {
    Ref notes;
    const int found = lookupAttr(exc, vmOf(interp).names.__notes__, notes);
    if (found <= 0) {
        clearError(interp);
        return;
    }
    Ref items;
    if (isList(notes.get()) || isTuple(notes.get()) || typeLookupStr(notes->type, "__getitem__"))
        items = sequenceList(notes.get());
    if (!items) {
        clearError(interp);
        ctx.out += marginOf(ctx);
        Ref r = objectRepr(notes.get());
        if (!r) {
            clearError(interp);
            ctx.out += "<__notes__ repr() failed>";
        } else {
            ctx.out += strToUtf8(r.get());
        }
        return;
    }
    for (std::int64_t i = 0; i < listSize(items.get()); ++i) {
        Ref text = objectStr(listItem(items.get(), i));
        if (!text) {
            clearError(interp);
            ctx.out += "<note str() failed>";
        } else {
            appendPrefixed(ctx.out, strToUtf8(text.get()), marginOf(ctx));
        }
        ctx.out += "\n";
    }
}

// print_exception: traceback, message (or the SyntaxError form), suggestion, notes.
void printOne(Interpreter& interp, PrintContext& ctx, Object* exc) {
    if (Object* tb = exceptionTraceback(exc)) {
        const bool group = isExceptionGroup(exc);
        std::string headerMargin = marginOf(ctx);
        if (group && ctx.groupDepth == 1) headerMargin = indentOf(ctx) + "+ ";
        ctx.out += headerMargin + (group ? "Exception Group Traceback (most recent call last):\n"
                                         : "Traceback (most recent call last):\n");
        std::string frames;
        printTraceback(tb, frames);
        appendPrefixed(ctx.out, frames, marginOf(ctx));
    }
    std::string text;
    if (syntaxErrorDetails(interp, exc, text)) {
        appendPrefixed(ctx.out, text, marginOf(ctx));
    } else {
        text += typeDisplayName(exc->type);
        Ref s = exceptionStrOf(interp, exc);
        if (!s) {
            clearError(interp);
            text += ": <exception str() failed>";
        } else {
            if (strLength(s.get()) != 0) text += ": ";
            text += strToUtf8(s.get());
        }
        const std::string suggestion = offerSuggestions(interp, exc);
        clearError(interp);
        if (!suggestion.empty()) text += ". Did you mean: '" + suggestion + "'?";
        // print_exception_message writes the margin once: a message's own line breaks are not
        // indented (only notes are split into margined lines).
        ctx.out += marginOf(ctx) + text + "\n";
    }
    printNotes(interp, ctx, exc);
}

void printRecursive(Interpreter& interp, PrintContext& ctx, Object* exc);

// print_chained: the chained exception, then the separator lines with the margin.
void printChained(Interpreter& interp, PrintContext& ctx, Object* exc, const char* message) {
    const bool needClose = ctx.needClose;
    printRecursive(interp, ctx, exc);
    ctx.needClose = needClose;
    const std::string margin = marginOf(ctx);
    ctx.out += margin + "\n" + margin + message + margin + "\n";
}

// print_exception_group: the group, then each sub-exception in its numbered frame (at most
// kMaxGroupWidth, then "and N more exceptions"), nested groups one level deeper.
void printGroup(Interpreter& interp, PrintContext& ctx, Object* exc) {
    if (ctx.groupDepth > kMaxGroupDepth) {
        ctx.out += marginOf(ctx) + formatString("... (max_group_depth is %d)\n", kMaxGroupDepth);
        return;
    }
    if (ctx.groupDepth == 0) ctx.groupDepth += 1;
    printOne(interp, ctx, exc);
    Object* excs = exceptionGroupExceptions(exc);
    const std::int64_t count = excs ? tupleSize(excs) : 0;
    const std::int64_t n = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    ctx.needClose = false;
    for (std::int64_t i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        if (last) ctx.needClose = true; // the closing frame may be written by a nested group
        const bool truncated = i >= kMaxGroupWidth;
        ctx.out += indentOf(ctx) + (i == 0 ? "+-" : "  ");
        ctx.out += truncated ? std::string("+---------------- ... ----------------\n")
                             : formatString("+---------------- %lld ----------------\n", static_cast<long long>(i + 1));
        ctx.groupDepth += 1;
        if (!truncated) {
            printRecursive(interp, ctx, tupleItem(excs, i));
        } else {
            const std::int64_t remaining = count - kMaxGroupWidth;
            ctx.out += marginOf(ctx) + formatString("and %lld more exception%s\n", static_cast<long long>(remaining),
                                                    remaining > 1 ? "s" : "");
        }
        if (last && ctx.needClose) {
            ctx.out += indentOf(ctx) + "+------------------------------------\n";
            ctx.needClose = false;
        }
        ctx.groupDepth -= 1;
    }
    if (ctx.groupDepth == 1) ctx.groupDepth -= 1;
}

void printRecursive(Interpreter& interp, PrintContext& ctx, Object* exc) {
    ctx.seen.insert(exc);
    Object* cause = exceptionCause(exc);
    Object* context = exceptionContext(exc);
    if (cause) {
        if (!ctx.seen.count(cause))
            printChained(interp, ctx, cause, "The above exception was the direct cause of the following exception:\n");
    } else if (context && !asException(exc)->suppressContext && !ctx.seen.count(context)) {
        printChained(interp, ctx, context, "During handling of the above exception, another exception occurred:\n");
    }
    if (isExceptionGroup(exc)) printGroup(interp, ctx, exc);
    else printOne(interp, ctx, exc);
}

} // namespace

std::string formatException(Interpreter& interp, Object* exc) {
    PendingError saved = interp.takeError();
    std::string out;
    if (!isExceptionInstance(exc)) {
        out = "TypeError: print_exception(): Exception expected for value, " + exc->type->name + " found\n";
    } else {
        PrintContext ctx;
        printRecursive(interp, ctx, exc);
        out = std::move(ctx.out);
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
