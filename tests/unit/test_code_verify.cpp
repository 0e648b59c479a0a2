// Tests for vm/code_verify: every code object the compiler makes passes; code.replace() and
// types.CodeType refuse what the eval loop cannot run; a seeded fuzz loop of mutated code objects
// made and run never crashes the engine.
#include "frontend/compiler.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"
#include "vm/code_verify.h"

#include "run_program.h"

#include <doctest/doctest.h>

#include <string>

namespace {

// Verifies `code` and every code object among its constants.
void verifyTree(hs::Object* code) {
    std::string why;
    const hs::CodeObject* co = hs::asCode(code);
    INFO(hs::strToUtf8(co->name));
    CHECK_MESSAGE(hs::verifyCode(*co, why), why);
    for (std::int64_t i = 0; i < hs::tupleSize(co->consts); ++i)
        if (hs::isCode(hs::tupleItem(co->consts, i))) verifyTree(hs::tupleItem(co->consts, i));
}

const char* const kRichProgram = R"(
import gc
class A:
    x: int = 1
    def m(self, *a, k=2, **kw):
        return super().__repr__(), [i * 2 for i in a if i], {k: v for k, v in kw.items()}, {*a}
def gen(n):
    total = yield n
    yield from range(n)
    try:
        raise ValueError(total)
    except* ValueError as eg:
        pass
async def co(x):
    async with x as y:
        async for z in y:
            await z
def closures(a):
    b = a
    def inner(c=1, *, d=2):
        nonlocal b
        b += c
        return b, f"{a!r:>{d}}"
    return inner
def flow(v):
    match v:
        case [1, *rest]: return rest
        case {'k': w, **more}: return w, more
        case A(x=1): return 'a'
        case _: pass
    while v:
        with open(v) as f, open(f) as g:
            v = f(*v, **g)
        if v is None or not v: break
    else:
        v = lambda q, /, r=v: (q, r)
    try:
        del v[0], v.x
    except (KeyError, IndexError) as e:
        raise RuntimeError from e
    finally:
        global gg
        gg = v[::2] @ v
    return (yield_ := 1) and v if v else -v
)";

} // namespace

TEST_CASE("every code object the compiler makes passes the verifier") {
    hs::Interpreter interp;
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref module = hs::frontend::compileSource(interp, kRichProgram, "<cell 1>", &err);
    REQUIRE(module);
    verifyTree(module.get());
}

TEST_CASE("code.replace() refuses bytecode the eval loop cannot run, with ValueError") {
    const std::string out = hs_test::runProgram(R"(
c = (lambda a: a).__code__
for code in [b'\x97\x00d\x05S\x00', b'\x97\x00S\x00', b'\x97\x00|\x00', b'\x97\x00\x00\x00d\x00S\x00',
             b'\x97\x00n\x05d\x00S\x00', b'\x97\x00|\x00|\x00|\x00|\x00S\x00', b'\x97\x00\x02\x00S\x00',
             b'\x97\x00t\x00', b'\x97\x00\x90\x01', b'\x97\x00\x88\x00S\x00', b'\x97\x00\x96\x00d\x00S\x00',
             b'\x97\x00.\x00S\x00', b'\x97\x00|\x00\xa6\x00\x00\x00S\x00']:
    try:
        c.replace(co_code=code)
        print('made')
    except ValueError as e:
        print(e)
print(c.replace(co_exceptiontable=b'\x80\x00').co_name)
)");
    CHECK(out == "code: LOAD_CONST at offset 2 indexes past co_consts\n"
                 "code: RETURN_VALUE at offset 2 pops more than the stack holds\n"
                 "code: LOAD_FAST at offset 2 runs off the end of co_code\n"
                 "code: unknown opcode 0 at offset 2\n"
                 "code: a jump to offset 14, not an instruction in co_code\n"
                 "code: the stack needs more than co_stacksize (1) entries\n"
                 "code: RETURN_VALUE at offset 4 uses a NULL stack entry\n"
                 "code: the inline caches of LOAD_GLOBAL run past the end of co_code\n"
                 "code: EXTENDED_ARG at the end of co_code\n"
                 "code: LOAD_CLOSURE at offset 2 names no cell the code's prefix made\n"
                 "code: unknown opcode 150 at offset 2\n"
                 "code: unknown opcode 46 at offset 2\n"
                 "code: PRECALL at offset 4 is not followed by CALL with its oparg\n"
                 "Traceback (most recent call last):\n"
                 "  File \"<cell 1>\", line 12, in <module>\n"
                 "ValueError: code: co_exceptiontable is malformed\n");
}

TEST_CASE("a seeded fuzz loop of mutated code objects made and run never crashes the engine") {
    heapscope::Session s;
    s.loadCells(R"(
import random, types
def sample(x, y=2, *args, k=3, **kw):
    for i in range(x):
        if i % 2:
            continue
        y += i
    try:
        z = [j * 2 for j in args if j]
    except ValueError as e:
        z = e
    finally:
        y -= 1
    return y, z, {**kw}, f"{x!r:>4}", sample, x[1:2], x.real
def gen(n):
    v = n
    def inner():
        return v
    yield inner
    yield from range(n)
def handler(a):
    try:
        return a[0] + a.b
    except (KeyError, AttributeError) as e:
        raise RuntimeError(a) from e
    finally:
        a = {1: a, 2: [a, a], 3: (a, a)}
codes = [sample.__code__, gen.__code__, handler.__code__]
codes += [k for c in codes for k in c.co_consts if isinstance(k, types.CodeType)]
BACKWARD = {134, 140, 173, 174, 175, 176}
rng = random.Random(1511)
made = ran = refused = 0
for trial in range(2500):
    c = rng.choice(codes)
    b = bytearray(c.co_code)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        if len(b) < 2:
            b = bytearray(b'\x97\x00')
        i = rng.randrange(len(b))
        if kind == 0:
            b[i] = rng.randrange(256)
        elif kind == 1:
            b[i & ~1] = rng.choice([100, 124, 125, 137, 138, 135, 1, 2, 83, 110, 114, 93, 166, 171, 172, 145, 99, 120])
        elif kind == 2:
            del b[i & ~1:(i & ~1) + 2 * rng.randint(1, 3)]
        elif kind == 3:
            j = rng.randrange(len(b)) & ~1
            b[j:j] = b[i & ~1:(i & ~1) + 2 * rng.randint(1, 4)]
        elif kind == 4:
            b[i & ~1 | 1] = rng.randrange(256)
        else:
            b = b[:i & ~1] + bytes(rng.randrange(256) for _ in range(2 * rng.randint(1, 3)))
    changes = {'co_code': bytes(b)}
    if rng.random() < 0.2:
        changes['co_stacksize'] = rng.randrange(8)
    if rng.random() < 0.1:
        changes['co_consts'] = c.co_consts[:rng.randrange(len(c.co_consts) + 1)]
    if rng.random() < 0.1:
        changes['co_names'] = c.co_names[:rng.randrange(len(c.co_names) + 1)]
    if rng.random() < 0.1:
        changes['co_exceptiontable'] = bytes(rng.randrange(256) for _ in range(rng.randrange(9)))
    if rng.random() < 0.1:
        changes['co_linetable'] = bytes(rng.randrange(256) for _ in range(rng.randrange(9)))
    if rng.random() < 0.05:
        changes['co_flags'] = c.co_flags ^ 0x20
    try:
        k = c.replace(**changes)
    except (ValueError, SystemError):
        refused += 1
        continue
    made += 1
    units = k.co_code
    if any(units[p] in BACKWARD for p in range(0, len(units), 2)):
        continue
    try:
        closure = tuple(types.CellType(1) for _ in k.co_freevars)
        f = types.FunctionType(k, {'__builtins__': {}}, None, None, closure or None)
        r = f(*range(k.co_argcount))
        if isinstance(r, types.GeneratorType):
            for _ in zip(range(5), r):
                pass
        ran += 1
    except BaseException:
        ran += 1
print('done', made > 100, ran > 50, refused > 1000)
)");
    REQUIRE(s.run(400'000'000) == heapscope::RunStatus::Done);
    CHECK(s.output().find("done True True True\n") != std::string::npos);
    MESSAGE(s.output().substr(0, 2000));
}
