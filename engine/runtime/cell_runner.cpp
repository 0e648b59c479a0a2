// CellRunner: cpython_cells.py in the engine — cell splitting, the displayhook rewrite on the
// AST's byte columns, the shared namespace, the per-cell compile/exec/report/drop cycle, and
// instruction- and line-granular stepping.
#include "runtime/cell_runner.h"

#include "objects/slice_object.h"

#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "frontend/unicode.h"
#include "objects/unicode_ctype.h"
#include "gc/collector.h"
#include "gc/gc_list.h"
#include "objects/class_object.h"
#include "modules/builtins_functions.h"
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/compile_residue.h"
#include "runtime/errors.h"
#include "runtime/host_stack.h"
#include "runtime/protocols.h"
#include "runtime/startup_state.h"
#include "runtime/traceback_print.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

#include <algorithm>

namespace hs {

namespace {

// str.splitlines(keepends=True) over UTF-8 text.
std::vector<std::string> splitLinesKeepEnds(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0, i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        std::size_t len = 0;
        if (c == '\r') len = (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
        else if (c == '\n' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e) len = 1;
        else if (c == 0xc2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x85) len = 2;
        else if (c == 0xe2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[i + 2]) == 0xa8 || static_cast<unsigned char>(text[i + 2]) == 0xa9))
            len = 3;
        if (len) {
            lines.emplace_back(text.substr(start, i + len - start));
            i += len;
            start = i;
        } else {
            ++i;
        }
    }
    if (start < n) lines.emplace_back(text.substr(start));
    return lines;
}

// not c.strip(): every code point is Py_UNICODE_ISSPACE (U+00A0, U+3000... count, as in str.strip()).
bool isBlank(const std::string& s) {
    for (std::size_t i = 0; i < s.size();)
        if (!unicode::isSpace(frontend::decodeUtf8(s, i))) return false;
    return true;
}

// open(path, encoding="utf-8").read(): universal newlines.
std::string universalNewlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

std::vector<std::string> splitCells(std::string_view fileText) {
    const std::string text = universalNewlines(fileText);
    std::vector<std::string> cells;
    std::string current;
    for (const std::string& line : splitLinesKeepEnds(text)) {
        if (line.compare(0, 4, "# %%") == 0) {
            cells.push_back(std::move(current));
            current.clear();
        } else {
            current += line;
        }
    }
    cells.push_back(std::move(current));
    cells.erase(std::remove_if(cells.begin(), cells.end(), isBlank), cells.end());
    return cells;
}

std::string echoTrailingExpression(const std::string& src) {
    frontend::ParseResult parsed = frontend::parseModule(src);
    if (!parsed.ok() || !parsed.module) return src;
    const auto& body = parsed.module->body;
    if (body.size() == 0) return src;
    const frontend::ast::Stmt* last = body[body.size() - 1];
    if (last->kind != frontend::ast::StmtKind::Expr) return src;
    const std::vector<std::string> lines = splitLinesKeepEnds(src);
    const std::size_t first = static_cast<std::size_t>(last->lineno - 1);
    const std::size_t lastLine = static_cast<std::size_t>(last->endLineno - 1);
    if (lastLine >= lines.size()) return src;
    const std::string head = lines[first].substr(0, static_cast<std::size_t>(last->colOffset));
    const std::string tail = lines[lastLine].substr(static_cast<std::size_t>(last->endColOffset));
    std::string body_;
    for (std::size_t i = first; i <= lastLine; ++i) body_ += lines[i];
    const std::size_t start = static_cast<std::size_t>(last->colOffset);
    const std::size_t end = body_.size() - (lines[lastLine].size() - static_cast<std::size_t>(last->endColOffset));
    const std::string expr = body_.substr(start, end - start);
    std::string out;
    for (std::size_t i = 0; i < first; ++i) out += lines[i];
    out += head + "__import__('sys').displayhook((" + expr + "))" + tail;
    for (std::size_t i = lastLine + 1; i < lines.size(); ++i) out += lines[i];
    return out;
}

CellRunner::CellRunner(Interpreter& interp) : m_interp(interp) { initVm(interp); }

std::string_view runnerSource(std::string_view filename) {
    static const std::string text = [] {
        std::string t;
        auto lineTo = [&t](int line) { // blank lines up to line - 1
            for (int n = static_cast<int>(std::count(t.begin(), t.end(), '\n')) + 1; n < line; ++n) t += '\n';
        };
        lineTo(57);
        t += "def main(path):\n"
             "    f = sources = namespace = number = source = code = kind = error = trace = None\n"
             "    [path, f, sources, namespace, number, source, code, kind]\n";
        lineTo(kRunnerCompileLine - 2);
        t += "    for number, source in sources:\n"
             "        if source:\n"
             "            code = compile(source, f\"<cell {number}>\", \"exec\")\n"
             "            exec(code, namespace)\n";
        lineTo(kRunnerModuleLine - 1);
        t += "if __name__ == \"__main__\":\n"
             "    main(sys.argv[1])\n";
        return t;
    }();
    return filename == kRunnerFilename ? std::string_view(text) : std::string_view();
}

namespace {
// The reference runner's module code, whose constants hold its own function `main(path)` of
// tools/cpython_cells.py: main's frame object's size (its 10 locals, a stack of 8: 264 bytes)
// matters, and the lines its frames stop at; made silently, as startup code.
Ref runnerModuleCode(Interpreter& interp) {
    PreloadScope silent(interp);
    frontend::SyntaxErrorInfo err;
    return frontend::compileSource(interp, runnerSource(kRunnerFilename), kRunnerFilename, &err);
}

// site.py's setquit() and sethelper(): builtins.quit / builtins.exit (_sitebuiltins.Quitter) and
// builtins.help (_sitebuiltins._Helper), made silently as CPython's startup does; once per session.
void makeSiteBuiltins(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    PreloadScope silent(interp);
    Ref exitName = internFromUtf8(interp, "exit");
    if (!exitName || dictGetItem(vm.builtinsDict, exitName.get()) != nullptr) return;
    Ref module = importModule(interp, "_sitebuiltins");
    Ref quitter = module ? getAttrStr(module.get(), "Quitter") : Ref();
    Ref helper = module ? getAttrStr(module.get(), "_Helper") : Ref();
    Ref eof = newStrFromAscii(interp, "Ctrl-D (i.e. EOF)");
    if (!quitter || !helper || !eof) return;
    for (const char* name : {"quit", "exit"}) {
        Ref text = internFromUtf8(interp, name);
        Object* args[2] = {text.get(), eof.get()};
        Ref q = text ? call(quitter.get(), args, 2) : Ref();
        if (!q || dictSetItem(vm.builtinsDict, text.get(), q.get()) < 0) return;
    }
    Ref h = call(helper.get(), nullptr, 0);
    Ref helpName = internFromUtf8(interp, "help");
    if (h && helpName) dictSetItem(vm.builtinsDict, helpName.get(), h.get());
}
// sys.modules['__main__']: in the reference runner, the runner script's own module (the cells run
// in a namespace dict of their own, so `import __main__` does not see their names). Made silently,
// once per session, with the module attributes a script's module has for lookups (its builtins);
// what it matters for is code that looks a class's module up in sys.modules, as dataclasses does to
// find the globals of the methods it generates (absent, it makes a fresh dict each time).
void makeRunnerMainModule(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    PreloadScope silent(interp);
    Ref name = internFromUtf8(interp, "__main__");
    if (!name || dictGetItem(vm.modules, name.get()) != nullptr) return;
    Ref module = newModule(interp, "__main__");
    if (!module || dictSetItem(moduleDict(module.get()), vm.names.__builtins__, vm.builtinsModule) < 0) return;
    dictSetItem(vm.modules, name.get(), module.get());
}
// makeSiteBuiltins, whose instructions (startup's, not the program's) leave the clock unchanged.
void installSiteBuiltins(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    const std::int64_t ticks = vm.ticks();
    makeSiteBuiltins(interp);
    vm.ticksLeft = vm.tickLimit - ticks;
}
} // namespace

CellRunner::~CellRunner() = default;

namespace {
void removeRoot(VmState& vm, Object* o) {
    auto& roots = vm.extraRoots;
    auto it = std::find(roots.begin(), roots.end(), o);
    if (it != roots.end()) roots.erase(it);
}
} // namespace

void CellRunner::ensureNamespace() {
    if (m_namespace) return;
    VmState& vm = vmOf(m_interp);
    Interpreter& interp = m_interp;
    Ref annotations = newDict(interp);
    Ref mainName = internName(interp, "__main__");
    Object* keys[7] = {vm.names.__name__, vm.names.__doc__, vm.names.__package__, vm.names.__loader__,
                       vm.names.__spec__, vm.names.__annotations__, vm.names.__builtins__};
    Object* values[7] = {mainName.get(), interp.none, interp.none, interp.none, interp.none, annotations.get(), vm.builtinsModule};
    Ref ns = dictFromItems(interp, keys, 1, values, 1, 7);
    m_namespace = ns.release();
    vm.extraRoots.push_back(m_namespace);
}

void CellRunner::releaseCellLoop() {
    VmState& vm = vmOf(m_interp);
    for (Object** slot : {&m_cellLoop, &m_sources, &m_loopNumber, &m_loopSource}) {
        if (!*slot) continue;
        removeRoot(vm, *slot);
        decref(std::exchange(*slot, nullptr));
    }
}

void CellRunner::releaseNamespace() {
    releaseCellLoop();
    if (!m_namespace) return;
    removeRoot(vmOf(m_interp), m_namespace);
    decref(std::exchange(m_namespace, nullptr));
    m_cells.clear();
    m_next = 0;
}

void CellRunner::load(std::string_view fileText, int firstNumber) {
    m_firstNumber = firstNumber < 1 ? 1 : firstNumber;
    m_cells.clear();
    for (std::string& cell : splitCells(fileText)) m_cells.push_back(echoTrailingExpression(cell));
    m_next = 0;
    ensureNamespace();
    releaseCellLoop();
    VmState& vm = vmOf(m_interp);
    {
        Ref sources = newList(m_interp, 0);
        for (const std::string& cell : m_cells) {
            Ref text = newStr(m_interp, cell);
            if (!sources || !text || listAppend(sources.get(), text.get()) < 0) break;
        }
        if (sources) {
            m_sources = sources.release();
            vm.extraRoots.push_back(m_sources);
        }
    }
    // site's exit, quit and help exist before the first cell, and the runner's own __main__.
    installSiteBuiltins(m_interp);
    clearError(m_interp);
    makeRunnerMainModule(m_interp);
    clearError(m_interp);
    // Modules in the reference runner's sys.modules before its first cell (its own imports and
    // python3.11's startup + site imports) exist before the first cell: importing one in a cell
    // allocates nothing. (weakref, _weakref and _weakrefset too in CPython: not yet preloaded.)
    for (const char* name : {"gc", "sys", "time", "math", "atexit"}) {
        Ref module = importModule(m_interp, name);
        clearError(m_interp);
    }
    createStartupSubclassDicts(m_interp);
    // Startup code and the runner's own parsing (it slices source lines) have used slices, so
    // 3.11's one-slot slice cache holds a freed slice before the first cell: the first slice a
    // cell builds is that one, not a new GC allocation.
    if (!vm.sliceCache) Ref cached = newSlice(m_interp, nullptr, nullptr, nullptr);
    // The reference runner collects once before the first cell (after all parsing).
    Collector(m_interp).collectFromPython(2);
    clearError(m_interp);
    if (!m_startedAsCpython) {
        startCollectorAsCpythonFirstCell(m_interp);
        m_startedAsCpython = true;
    }
    if (!vm.runnerMainCode) {
        Ref module = runnerModuleCode(m_interp);
        clearError(m_interp);
        Object* consts = module ? asCode(module.get())->consts : nullptr;
        for (std::int64_t i = 0; consts && i < tupleSize(consts); ++i)
            if (isCode(tupleItem(consts, i))) vm.runnerMainCode = tupleItem(consts, i);
        if (vm.runnerMainCode) {
            incref(vm.runnerMainCode);
            vm.extraRoots.push_back(vm.runnerMainCode);
            vm.runnerModuleCode = module.release();
            vm.extraRoots.push_back(vm.runnerModuleCode);
        }
    }
    // `for number, source in enumerate(sources, first)`: the enumerate, its list iterator and its
    // result tuple are allocated after the collection.
    if (m_sources) {
        Ref start = newInt(m_interp, m_firstNumber);
        Ref enumerateType = getAttrStr(vm.builtinsModule, "enumerate");
        if (start && enumerateType) {
            Object* args[2] = {m_sources, start.get()};
            Ref loop = call(enumerateType.get(), args, 2);
            if (loop) {
                m_cellLoop = loop.release();
                vm.extraRoots.push_back(m_cellLoop);
            }
        }
    }
    clearError(m_interp);
}

bool CellRunner::startNextCell() {
    vmOf(m_interp).runnerInExec = false; // main() is at its compile() line again
    VmState& vm = vmOf(m_interp);
    const int number = m_firstNumber + static_cast<int>(m_next);
    if (m_cellLoop) {
        Ref item = iterNext(m_cellLoop); // unpacked at once: the result tuple is reused next time
        clearError(m_interp);
        // UNPACK_SEQUENCE, then STORE_FAST number and STORE_FAST source (each releasing the old value).
        if (item && isTuple(item.get()) && tupleSize(item.get()) == 2) {
            for (auto [slot, i] : {std::pair{&m_loopNumber, 0}, std::pair{&m_loopSource, 1}}) {
                Object* value = tupleItem(item.get(), i);
                incref(value);
                vm.extraRoots.push_back(value);
                if (Object* old = std::exchange(*slot, value)) {
                    removeRoot(vm, old);
                    decref(old);
                }
            }
        }
    }
    if (!m_settledStaticRefcounts) {
        // Where CPython's measurement was taken: the runner set up, the first cell not compiled yet.
        settleStaticRefcountsAsCpythonFirstCell(m_interp);
        m_settledStaticRefcounts = true;
    }
    const std::string& source = m_cells[m_next];
    ++m_next;
    frontend::SyntaxErrorInfo err;
    const std::string filename = "<cell " + std::to_string(number) + ">";
    Ref code = frontend::compileSource(m_interp, source, filename, &err);
    if (!code) {
        if (errOccurred(m_interp)) {
            Ref exc = fetchError(m_interp);
            if (exc) writeTranscript(m_interp, formatException(m_interp, exc.get()));
        } else {
            // compile() raises the parser's SyntaxError (its 6-tuple of details and args 2-tuple
            // made, then freed into the tuple free lists) into the runner's main(), whose frame
            // object PyTraceBack_Here makes the first time, as for an error the cell raises.
            raiseSyntaxErrorInfo(m_interp, err, filename);
            Ref exc = fetchError(m_interp);
            runnerMainFrameObject(vm);
            clearError(m_interp);
            writeTranscript(m_interp, frontend::formatCellSyntaxError(err, number));
        }
        return false;
    }
    // What CPython's compile() allocated and freed around this code object.
    replayCompileResidue(m_interp, code.get());
    vm.runnerInExec = true; // compile() returned: what follows (exec's function object) is main()'s exec line
    m_code = code.release();
    vm.extraRoots.push_back(m_code);
    vm.recursionDepth = runnerRecursionDepth(number);
    // LOAD_FAST code, LOAD_FAST namespace: exec's arguments on main's stack for the call.
    for (Object* arg : {m_code, m_namespace}) {
        incref(arg);
        vm.extraRoots.push_back(arg);
    }
    m_execArgsHeld = true;
    if (!startCode(m_interp, m_code, m_namespace, m_namespace)) {
        finishCell(true);
        return false;
    }
    m_running = true;
    m_runningCell = number;
    return true;
}

void CellRunner::finishCell(bool error) {
    VmState& vm = vmOf(m_interp);
    if (m_execArgsHeld) {
        // exec returned (or raised): the call frees its arguments in order before main goes on.
        m_execArgsHeld = false;
        for (Object* arg : {m_code, m_namespace}) {
            removeRoot(vm, arg);
            decref(arg);
        }
    }
    if (error) {
        Ref exc = fetchError(m_interp);
        if (exc) {
            // The exception leaves exec() into the runner's main(): PyTraceBack_Here there makes
            // main's frame object, the first time; the running main() keeps it from then on.
            runnerMainFrameObject(vm);
            clearError(m_interp);
        }
        if (exc) {
            // The reference runner reports through sys.__excepthook__ while handling the exception.
            const std::string text = formatException(m_interp, exc.get());
            Object* err = dictGetItem(vm.sysDict, vm.names.stderr_);
            if (err && err != m_interp.none && err->type != vm.types.textIO) {
                // sys.stderr was replaced (sys.stderr = io.StringIO(), redirect_stderr): the report
                // goes to its write(), not to the transcript.
                Ref keep = Ref::borrowed(err);
                Ref s = newStrFromUtf8(m_interp, text);
                Object* sp = s.get();
                if (s) Ref r = callMethod(err, vm.names.write, &sp, 1);
                clearError(m_interp);
                err = nullptr;
            } else {
                writeTranscript(m_interp, text);
            }
            // PyErr_Display writes to sys.stderr (the stdout stream) line by line: buffered there.
            for (std::size_t start = 0; err && start < text.size();) {
                std::size_t nl = text.find('\n', start);
                nl = nl == std::string::npos ? text.size() : nl + 1;
                if (!textStreamBufferWrite(err, std::string_view(text).substr(start, nl - start))) break;
                start = nl;
            }
        }
    }
    clearError(m_interp);
    if (m_code) {
        removeRoot(vm, m_code);
        decref(std::exchange(m_code, nullptr));
    }
    // The reference runner's sys.stdout.flush() after every cell.
    if (Object* out = dictGetItem(vm.sysDict, vm.names.stdout_)) {
        Ref keep = Ref::borrowed(out);
        Ref r = callMethod(out, vm.names.flush, nullptr, 0);
    }
    clearError(m_interp);
    m_running = false;
    m_runningCell = 0;
    vm.recursionDepth = 0;
}

CellRunner::Status CellRunner::run(std::int64_t budget) {
    VmState& vm = vmOf(m_interp);
    HostStackScope hostStack(m_interp); // the base of the host stack guard (runtime/host_stack.h)
    const std::int64_t limit = budget >= INT64_MAX - vm.ticks() ? INT64_MAX : vm.ticks() + budget;
    for (;;) {
        if (vm.stopRequested) {
            vm.stopRequested = false;
            if (m_running) {
                abandonCode(m_interp);
                finishCell(false);
            }
            m_next = m_cells.size();
            return Status::Done;
        }
        if (!m_running) {
            if (m_next >= m_cells.size()) return Status::Done;
            if (vm.ticks() >= limit) return Status::BudgetSpent;
            startNextCell();
            continue;
        }
        // The eval loop is left and re-entered every kReentryTicks instructions (invisible to
        // Python: a suspension at an instruction boundary). A wasm engine swaps in a function's
        // optimised code only at its next call (no on-stack replacement), so a long cell would
        // otherwise run its whole loop in baseline code.
        const std::int64_t slice = limit - vm.ticks() > kReentryTicks ? vm.ticks() + kReentryTicks : limit;
        const EvalExit exit = resumeCode(m_interp, slice);
        if (exit == EvalExit::Suspended) {
            if (vm.stopRequested) continue;
            if (vm.ticks() < limit) continue;
            return Status::BudgetSpent;
        }
        finishCell(exit == EvalExit::Error);
        if (m_pauseAfterCell) return m_next >= m_cells.size() ? Status::Done : Status::BudgetSpent;
    }
}

CellRunner::Status CellRunner::runCell() {
    m_pauseAfterCell = true;
    const Status s = run(INT64_MAX);
    m_pauseAfterCell = false;
    return s;
}

CellRunner::Status CellRunner::stepInstruction() { return run(1); }

CellRunner::Status CellRunner::stepLine() {
    const Location start = currentLocation();
    const Frame* startFrame = currentFrame(m_interp);
    for (int i = 0; i < 10000000; ++i) {
        const Status s = run(1);
        if (s != Status::BudgetSpent) return s;
        const Location now = currentLocation();
        if (now.cell != start.cell || now.line != start.line || currentFrame(m_interp) != startFrame) return s;
    }
    return Status::BudgetSpent;
}

void CellRunner::stop() {
    VmState& vm = vmOf(m_interp);
    vm.stopRequested = true;
    vm.setTickLimit(0);
}

CellRunner::Location CellRunner::currentLocation() const {
    Location loc;
    if (!m_running) {
        loc.cell = m_next < m_cells.size() ? m_firstNumber + static_cast<int>(m_next) : 0;
        loc.line = loc.cell ? 1 : 0;
        return loc;
    }
    const Frame* f = currentFrame(m_interp);
    if (!f) {
        loc.cell = m_runningCell;
        return loc;
    }
    const std::string filename = strToUtf8(f->code->filename);
    if (filename.compare(0, 6, "<cell ") == 0) loc.cell = std::atoi(filename.c_str() + 6);
    const int next = f->lastIndex() + 1;
    loc.line = f->code->lineForOffset(next * 2);
    if (loc.line < 0) loc.line = f->lineNumber();
    return loc;
}

} // namespace hs
