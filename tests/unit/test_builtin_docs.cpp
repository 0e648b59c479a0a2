// Tests for engine/objects/builtin_docs.cpp: every built-in function and method the engine makes
// (and every getset/member descriptor of its static types) is listed in
// objects/builtin_docs/keys.txt (so it gets CPython 3.11's doc, or is marked as having none), and
// those with a CPython doc show one through __doc__ / __text_signature__.
#include <doctest/doctest.h>

#include "modules/module_registry.h"
#include "objects/builtin_docs.h"
#include "run_program.h"

#include <sstream>
#include <string>

namespace {

// Prints "OWNER:NAME HASDOC" for each builtin of the registered modules (their functions) and of
// every type of builtins or those modules reachable through __subclasses__ (their methods, and the
// getset and member descriptors of the static ones).
std::string walker() {
    std::string mods = "['builtins', 'sys'";
    for (const std::string& m : hs::registeredModuleNames()) mods += ", '" + m + "'";
    mods += "]";
    return "import sys\n"
           "MODS = " + mods + "\n"
           "for m in MODS:\n"
           "    try:\n"
           "        __import__(m)\n"
           "    except ImportError:\n"
           "        pass\n"
           "KINDS = (type(len), type(list.append), type(dict.__dict__['fromkeys']))\n"
           "DATA = (type(int.real), type(type(lambda: 0).__dict__['__globals__']))\n"
           "def tp_name(t):\n"
           "    return t.__name__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__name__\n"
           "def show(key, f):\n"
           "    print(key, f.__doc__ is not None or getattr(f, '__text_signature__', None) is not None)\n"
           "for m in MODS:\n"
           "    mod = sys.modules.get(m)\n"
           "    for v in list(vars(mod).values()) if mod is not None else ():\n"
           "        if type(v) is type(len) and type(v.__self__).__name__ == 'module':\n"
           "            show(str(v.__module__) + ':' + v.__name__, v)\n"
           "seen, todo = set(), [object]\n"
           "while todo:\n"
           "    t = todo.pop()\n"
           "    if t in seen:\n"
           "        continue\n"
           "    seen.add(t)\n"
           "    todo.extend(type.__subclasses__(t))\n"
           "    if t.__module__ not in MODS:\n"
           "        continue\n"
           "    try:\n"
           "        d = type.__dict__['__dict__'].__get__(t)\n"
           "    except TypeError:\n"
           "        continue\n"
           "    for k, v in list(d.items()):\n"
           "        if type(v) is staticmethod:\n"
           "            v = v.__func__\n"
           "        if type(v) in KINDS or (type(v) in DATA and not t.__flags__ & (1 << 9)):\n"
           "            show(tp_name(t) + ':' + k, v)\n";
}

} // namespace

TEST_CASE("every engine builtin is listed in keys.txt and has CPython's doc when CPython has one") {
    std::istringstream lines(hs_test::runProgram(walker()));
    std::string key, hasDoc, unlisted, undocumented;
    int count = 0;
    while (lines >> key >> hasDoc) {
        ++count;
        const std::size_t colon = key.rfind(':');
        REQUIRE(colon != std::string::npos);
        const std::string owner = key.substr(0, colon), name = key.substr(colon + 1);
        if (!hs::builtinDocListed(owner, name)) unlisted += " " + key;
        else if (hs::cpythonBuiltinDoc(owner, name) && hasDoc != "True") undocumented += " " + key;
    }
    CHECK(count > 1000);
    INFO("add to engine/objects/builtin_docs/keys.txt (with ' -' when CPython 3.11 has no doc for it):" << unlisted);
    CHECK(unlisted.empty());
    INFO("listed with a CPython doc, but __doc__ and __text_signature__ are None:" << undocumented);
    CHECK(undocumented.empty());
}
