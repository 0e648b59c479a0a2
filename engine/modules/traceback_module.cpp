// The traceback and linecache modules: CPython 3.11.7's Lib/traceback.py and Lib/linecache.py (frozen
// at build time with frozen/*.py.patch), plus the helpers those patches call in place of ast,
// code.co_positions and the file system.
#include "modules/module_registry.h"
#include "modules/source_module.h"

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "objects/builtin_function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/code_object.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// The reference interpreter's paths, shown in tracebacks through these modules' frames.
constexpr std::string_view kTracebackFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/traceback.py";
constexpr std::string_view kLinecacheFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/linecache.py";

const char kTracebackSource[] =
#include "modules/frozen/traceback_py.inc" // generated: see engine/CMakeLists.txt
    ;
const char kLinecacheSource[] =
#include "modules/frozen/linecache_py.inc" // generated
    ;

Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

// linecache's _hs_source(path): the text of a source file the engine ships, or None.
Object* hsSource(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!isStr(args[0])) return retNone(interp);
    const std::string_view text = builtinModuleSource(strToUtf8(args[0]));
    if (text.empty()) return retNone(interp);
    return newStrFromUtf8(interp, text).release();
}

Object* positionValue(Interpreter& interp, int v) {
    if (v < 0) return retNone(interp);
    return newInt(interp, v).release();
}

// traceback's _hs_code_positions(code): an iterator over code.co_positions()'s 4-tuples
// (line, end_line, col, end_col), None where a position is unknown, one per code unit.
Object* hsCodePositions(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    Object* code = args[0];
    if (!isCode(code)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected a code object, got " + code->type->name);
        return nullptr;
    }
    const std::vector<SourcePosition> positions = static_cast<CodeObject*>(code)->positions();
    Ref list = newList(interp, 0);
    if (!list) return nullptr;
    for (const SourcePosition& p : positions) {
        Ref a(positionValue(interp, p.line)), b(positionValue(interp, p.endLine));
        Ref c(positionValue(interp, p.col)), d(positionValue(interp, p.endCol));
        if (!a || !b || !c || !d) return nullptr;
        Ref t = tuplePack(interp, {a.get(), b.get(), c.get(), d.get()});
        if (!t || listAppend(list.get(), t.get()) < 0) return nullptr;
    }
    return getIter(list.get()).release();
}

// traceback's _hs_anchor_node(segment): what ast.parse(segment) tells _extract_caret_anchors_from_
// line_segment: for a single expression statement that is a binary operation ('BinOp',
// left.end_col_offset, right.col_offset) or a subscript ('Subscript', value.end_col_offset,
// slice.end_col_offset) (UTF-8 byte offsets); None otherwise (including a syntax error).
Object* hsAnchorNode(Object* self, Object* const* args, std::int64_t, Object*) {
    using namespace frontend::ast;
    Interpreter& interp = *self->type->interp;
    if (!isStr(args[0])) return retNone(interp);
    const std::string segment = strToUtf8(args[0]);
    frontend::ParseResult parsed = frontend::parseModule(segment);
    if (!parsed.ok() || !parsed.module || parsed.module->body.size() != 1) return retNone(interp);
    const Stmt* st = parsed.module->body[0];
    if (st->kind != StmtKind::Expr) return retNone(interp);
    const Expr* e = st->as<ExprStmt>().value;
    const char* kind = nullptr;
    int first = 0, second = 0;
    if (e->kind == ExprKind::BinOp) {
        kind = "BinOp";
        first = e->as<BinOp>().left->endColOffset;
        second = e->as<BinOp>().right->colOffset;
    } else if (e->kind == ExprKind::Subscript) {
        kind = "Subscript";
        first = e->as<Subscript>().value->endColOffset;
        second = e->as<Subscript>().slice->endColOffset;
    } else {
        return retNone(interp);
    }
    Ref k = newStrFromAscii(interp, kind);
    Ref a = newInt(interp, first), b = newInt(interp, second);
    if (!k || !a || !b) return nullptr;
    return tuplePack(interp, {k.get(), a.get(), b.get()}).release();
}

const MethodDef kSourceHelper = {"_hs_source", hsSource, meth::kO};
const MethodDef kPositionsHelper = {"_hs_code_positions", hsCodePositions, meth::kO};
const MethodDef kAnchorHelper = {"_hs_anchor_node", hsAnchorNode, meth::kO};

// Binds a helper in the module's namespace (looked up as a global when the patched code runs).
bool addHelper(Interpreter& interp, Object* module, const MethodDef* def) {
    Ref name = internName(interp, "heapscope");
    Ref fn = newBuiltinFunction(interp, def, module, name.get());
    return fn && moduleAddObject(module, def->name, fn.get()) == 0;
}

} // namespace

Object* createLinecacheModule(Interpreter& interp) {
    Ref module(execSourceModule(interp, "linecache", kLinecacheFile, kLinecacheSource, SourceModuleKind::kModule, {}));
    if (!module || !addHelper(interp, module.get(), &kSourceHelper)) return nullptr;
    return module.release();
}

Object* createTracebackModule(Interpreter& interp) {
    Ref module(execSourceModule(interp, "traceback", kTracebackFile, kTracebackSource, SourceModuleKind::kModule, {}));
    if (!module || !addHelper(interp, module.get(), &kPositionsHelper) || !addHelper(interp, module.get(), &kAnchorHelper))
        return nullptr;
    return module.release();
}

std::string_view tracebackModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kTracebackFile) text = kTracebackSource;
    else if (filename == kLinecacheFile) text = kLinecacheSource;
    else return {};
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
