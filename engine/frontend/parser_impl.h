// Heapscope front end: the parser's internal class, shared by the parser_*.cpp files.
// A hand-written port of CPython 3.11's PEG grammar (Grammar/python.gram) and pegen runtime.
//
// Sections: helper records · TokenBuffer · Parser (runtime, errors, positions, AST helpers,
// statement rules, match rules, expression rules, target rules, literals, invalid_* rules) ·
// memo types · rule-entry macros.
//
// Invariants:
//  - Every rule returns nullptr on failure and restores m_mark itself; on success m_mark is
//    just past what it consumed. Once m_errorIndicator is set every rule fails at once.
//  - Rules mirror python.gram alternative by alternative (same order, same lookaheads), so the
//    furthest token fetched (m_tokens.size()) and the first-raised error match CPython's.
//  - An alternative made of a single invalid_* rule runs only in the second pass
//    (m_callInvalidRules), as pegen's generator gates it; other alternatives always run.
//  - Binary operator levels use precedence climbing; left-recursive rules are loops.
//  - Node positions: start = first token of the rule, end = last non-whitespace token consumed
//    (pegen's EXTRA).
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/lexer.h"
#include "frontend/syntax_error.h"
#include "frontend/token.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hs::frontend {

struct Memo {
    void* node;
    Memo* next;
    int type;
    int mark;
};

namespace detail {

using namespace ast;

// pegen's token array: stable addresses (rules keep Token*), O(1) indexing by shift and mask.
class TokenBuffer {
public:
    Token& operator[](std::size_t i) { return m_chunks[i >> kShift][i & kMask]; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Token& back() { return (*this)[m_size - 1]; }
    void push_back(const Token& t)
    {
        if ((m_size & kMask) == 0) m_chunks.push_back(std::unique_ptr<Token[]>(new Token[kChunk]));
        (*this)[m_size++] = t;
    }

private:
    static constexpr std::size_t kShift = 8;
    static constexpr std::size_t kChunk = std::size_t{1} << kShift;
    static constexpr std::size_t kMask = kChunk - 1;
    std::vector<std::unique_ptr<Token[]>> m_chunks;
    std::size_t m_size = 0;
};

struct KeyValuePair {
    Expr* key; // nullptr for `**value`
    Expr* value;
};
struct NameDefaultPair {
    Arg* arg;
    Expr* value; // nullptr: no default
};
struct SlashWithDefault {
    Seq<Arg*> plainNames;
    Seq<NameDefaultPair*> namesWithDefaults;
};
struct StarEtc {
    Arg* vararg;
    Seq<NameDefaultPair*>* kwonlyargs; // nullptr when absent
    Arg* kwarg;
};
struct KeywordOrStarred {
    void* element; // Keyword* or Expr*
    bool isKeyword;
};
struct CmpopExprPair {
    CmpOpKind op;
    Expr* expr;
};
struct AugOperator {
    OperatorKind kind;
};
struct KeyPatternPair {
    Expr* key; // mapping key, or a Name for a class keyword pattern
    Pattern* pattern;
};

enum class ErrType { SyntaxError, IndentationError, TabError };
enum class TargetsType { StarTargets, DelTargets, ForTargets };

class Parser {
public:
    enum class Mode { File, Eval, FString };

    struct Config {
        Mode mode = Mode::File;
        Lexer::Options lexer;
        bool charOffsets = true; // tok->encoding != NULL: convert byte columns to characters
    };

    Parser(Arena& arena, std::string_view buffer, Config config);

    // _PyPegen_run_parser: Module* (File), Expression* (Eval) or Expr* (FString); nullptr with
    // error() set on failure.
    void* run();
    std::optional<SyntaxErrorInfo>& error() { return m_error; }

    static constexpr int kMaxStack = 6000; // MAXSTACK in the generated parser
    static constexpr int kCurrentPos = -5; // CURRENT_POS

    // ---- runtime (parser.cpp) ----
    bool fillToken();
    Token* peekToken();                // token at m_mark (fills); nullptr on tokenizer error
    Token* expect(TokenKind kind);     // consumes on match
    Token* expectForced(TokenKind kind, const char* expected);
    bool check(TokenKind kind);        // positive lookahead, consumes nothing
    Token* lastNonWhitespaceToken();
    std::string_view tokenText(const Token* t) const { return m_lexer.text(*t); }
    bool enter();
    void leave() { --m_level; }
    template <class T>
    bool isMemoized(int type, T*& result);
    void insertMemo(int mark, int type, void* node);
    void resetForErrorPass();
    void setSyntaxError(Token* lastToken);
    void tokenizeFullSourceToCheckForErrors();
    void tokenizerError();
    void raiseUnclosedParenthesesError();

    // ---- errors ----
    void raiseErrorKnownLocationRaw(ErrType type, int lineno, long col, int endLineno, long endCol, std::string msg);
    void* raiseError(ErrType type, std::string msg);
    void* raiseErrorKnownLocation(ErrType type, int lineno, int col, int endLineno, int endCol, std::string msg);
    template <class A>
    void* raiseAt(const A* a, std::string msg)
    {
        return raiseErrorKnownLocation(ErrType::SyntaxError, a->lineno, a->colOffset, a->endLineno, a->endColOffset, std::move(msg));
    }
    template <class A, class B>
    void* raiseRange(const A* a, const B* b, std::string msg)
    {
        return raiseErrorKnownLocation(ErrType::SyntaxError, a->lineno, a->colOffset, b->endLineno, b->endColOffset, std::move(msg));
    }
    template <class A>
    void* raiseStartingFrom(const A* a, std::string msg)
    {
        return raiseErrorKnownLocation(ErrType::SyntaxError, a->lineno, a->colOffset, kCurrentPos, kCurrentPos, std::move(msg));
    }
    void* raiseInvalidTarget(TargetsType type, Expr* e);
    void setMemoryError();

    // ---- positions & AST helpers ----
    struct Start {
        int lineno, col;
    };
    bool start(Start& s); // fills the token at m_mark like the generated rules do
    template <class T>
    T* node(const Start& s)
    {
        T* n = m_arena.make<T>();
        n->lineno = s.lineno;
        n->colOffset = s.col;
        Token* e = lastNonWhitespaceToken();
        n->endLineno = e->endLineno;
        n->endColOffset = e->endColOffset;
        return n;
    }
    template <class T, class A, class B>
    T* nodeSpan(const A* a, const B* b) // EXTRA_EXPR(a, b)
    {
        T* n = m_arena.make<T>();
        n->lineno = a->lineno;
        n->colOffset = a->colOffset;
        n->endLineno = b->endLineno;
        n->endColOffset = b->endColOffset;
        return n;
    }
    template <class T>
    Seq<T> seq(const std::vector<T>& v) { return m_arena.copySeq(v); }
    template <class T>
    Seq<T>* seqPtr(const std::vector<T>& v) { return m_arena.make<Seq<T>>(m_arena.copySeq(v)); }
    template <class T>
    Seq<T>* single(T item) { return m_arena.make<Seq<T>>(m_arena.copySeq(&item, 1)); }
    Seq<Stmt*>* emptyStmts() { return m_arena.make<Seq<Stmt*>>(); }

    // `x*`: never fails (may be empty); `x+`: fails when empty or on error; `sep.x+`: gather.
    template <class T, class F>
    Seq<T>* loop0(F f)
    {
        std::vector<T> v;
        int mark = m_mark;
        while (T x = f()) {
            v.push_back(x);
            mark = m_mark;
        }
        m_mark = mark;
        if (v.empty()) {
            static Seq<T> empty; // shared, never written: results are copied out by value
            return &empty;
        }
        return seqPtr(v);
    }
    template <class T, class F>
    Seq<T>* loop1(F f)
    {
        Seq<T>* s = loop0<T>(f);
        if (s->empty() || m_errorIndicator) return nullptr;
        return s;
    }
    template <class T, class F>
    Seq<T>* gather(TokenKind sep, F f)
    {
        int start = m_mark;
        T first = f();
        if (!first) {
            m_mark = start;
            return nullptr;
        }
        std::vector<T> v{first};
        int mark = m_mark;
        for (;;) {
            if (!expect(sep)) break;
            T x = f();
            if (!x) break;
            v.push_back(x);
            mark = m_mark;
        }
        m_mark = mark;
        return seqPtr(v);
    }
    Expr* setExprContext(Expr* e, ExprContext ctx);
    Name* nameFromToken(Token* t);
    Identifier identifier(Token* t); // a NAME token's identifier (NFKC subset applied)
    Arguments* makeArguments(Seq<Arg*>* slashWithoutDefault, SlashWithDefault* slashWithDefault,
                             Seq<Arg*>* plainNames, Seq<NameDefaultPair*>* namesWithDefault, StarEtc* starEtc);
    Arguments* emptyArguments();
    Call* collectCallSeqs(Seq<Expr*>* a, Seq<KeywordOrStarred*>* b, const Start& s);
    static const char* exprName(const Expr* e);
    static bool isLegacyStmt(const Expr* e);
    static Expr* lastComprehensionItem(Comprehension* c);
    static Expr* invalidTarget(Expr* e, TargetsType type);

    // ---- start rules, simple statements, imports (parser_stmt.cpp) ----
    Module* fileRule();
    Expression* evalRule();
    Expr* fstringRule();
    Seq<Stmt*>* statements();
    Seq<Stmt*>* statement();
    Seq<Stmt*>* simpleStmts();
    Stmt* simpleStmt();
    Stmt* compoundStmt();
    Stmt* assignment();
    Expr* annotatedRhs();
    AugOperator* augassign();
    Stmt* returnStmt();
    Stmt* raiseStmt();
    Stmt* globalStmt(bool isGlobal);
    Stmt* delStmt();
    Stmt* yieldStmt();
    Stmt* assertStmt();
    Stmt* importStmt();
    Stmt* importName();
    Stmt* importFrom();
    Seq<Alias*>* importFromTargets();
    Seq<Alias*>* importFromAsNames();
    Alias* importFromAsName();
    Seq<Alias*>* dottedAsNames();
    Alias* dottedAsName();
    Name* dottedName();
    // ---- blocks, decorators, class/def, parameters (parser_defs.cpp) ----
    Seq<Stmt*>* block();
    Seq<Expr*>* decorators();
    Stmt* classDef();
    Stmt* classDefRaw();
    Stmt* functionDef();
    Stmt* functionDefRaw();
    Token* funcTypeComment();
    Arguments* params();
    Arguments* parameters();
    Seq<Arg*>* slashNoDefault(bool lambda);
    SlashWithDefault* slashWithDefault(bool lambda);
    StarEtc* starEtc();
    Arg* kwds();
    Arg* paramNoDefault(bool lambda);
    Arg* paramNoDefaultStarAnnotation();
    NameDefaultPair* paramWithDefault(bool lambda);
    NameDefaultPair* paramMaybeDefault(bool lambda);
    Arg* param(bool lambda);
    Expr* defaultRule();
    // ---- compound statements (parser_compound.cpp) ----
    Stmt* ifStmt(bool elif);
    Seq<Stmt*>* elseBlock();
    Stmt* whileStmt();
    Stmt* forStmt();
    Stmt* withStmt();
    WithItem* withItem();
    Stmt* tryStmt();
    ExceptHandler* exceptBlock();
    ExceptHandler* exceptStarBlock();
    Seq<Stmt*>* finallyBlock();

    // ---- match statements (parser_match.cpp) ----
    Token* expectSoftKeyword(const char* keyword);
    Stmt* matchStmt();
    Expr* subjectExpr();
    MatchCase* caseBlock();
    Pattern* patterns();
    Pattern* pattern();
    Pattern* asPattern();
    Pattern* orPattern();
    Pattern* closedPattern();
    Pattern* literalPattern();
    Expr* literalExpr();
    Expr* complexNumber();
    Expr* signedNumber();
    Expr* signedRealNumber();
    Expr* realOrImaginaryNumber(bool imaginary);
    Pattern* capturePattern();
    Expr* patternCaptureTarget();
    Pattern* wildcardPattern();
    Pattern* valuePattern();
    Expr* attr();
    Expr* nameOrAttr();
    Pattern* groupPattern();
    Pattern* sequencePattern();
    Seq<Pattern*>* openSequencePattern();
    Seq<Pattern*>* maybeSequencePattern();
    Pattern* maybeStarPattern();
    Pattern* starPattern();
    Pattern* mappingPattern();
    Seq<KeyPatternPair*>* itemsPattern();
    KeyPatternPair* keyValuePattern();
    Expr* doubleStarPattern();
    Pattern* classPattern();
    Seq<Pattern*>* positionalPatterns();
    Seq<KeyPatternPair*>* keywordPatterns();
    KeyPatternPair* keywordPattern();
    void* invalidMatchStmt();
    void* invalidCaseBlock();
    void* invalidAsPattern();
    void* invalidClassPattern();
    Seq<Pattern*>* invalidClassArgumentPattern();

    // ---- expressions (parser_expr.cpp) ----
    Expr* expressions();
    Expr* expression();
    Expr* expressionWithoutInvalid();
    Expr* yieldExpr();
    Expr* starExpressions();
    Expr* starExpression();
    Seq<Expr*>* starNamedExpressions();
    Expr* starNamedExpression();
    Expr* assignmentExpression();
    Expr* namedExpression();
    Expr* disjunction();
    Expr* conjunction();
    Expr* inversion();
    Expr* comparison();
    CmpopExprPair* compareOpBitwiseOrPair();
    Expr* binary(int level); // precedence climbing over bitwise_or .. term
    Expr* bitwiseOr();
    Expr* factor();
    Expr* power();
    Expr* awaitPrimary();
    Expr* primary();
    Expr* slices();
    Expr* slice();
    // ---- atoms, displays, lambda, comprehensions (parser_atoms.cpp) ----
    Expr* atom();
    Expr* group();
    Expr* lambdef();
    Arguments* lambdaParams();
    Arguments* lambdaParameters();
    StarEtc* lambdaStarEtc();
    Arg* lambdaKwds();
    Expr* strings();
    Expr* list();
    Expr* tuple();
    Expr* set();
    Expr* dict();
    Seq<KeyValuePair*>* doubleStarredKvpairs();
    KeyValuePair* doubleStarredKvpair();
    KeyValuePair* kvpair();
    Seq<Comprehension*>* forIfClauses();
    Comprehension* forIfClause();
    Expr* listcomp();
    Expr* setcomp();
    Expr* genexp();
    Expr* dictcomp();
    // ---- call arguments (parser_targets.cpp) ----
    Call* arguments();
    Call* args();
    Seq<KeywordOrStarred*>* kwargs();
    Expr* starredExpression();
    KeywordOrStarred* kwargOrStarred();
    KeywordOrStarred* kwargOrDoubleStarred();

    // ---- targets (parser_targets.cpp) ----
    Expr* starTargets();
    Seq<Expr*>* starTargetsListSeq();
    Seq<Expr*>* starTargetsTupleSeq();
    Expr* starTarget();
    Expr* targetWithStarAtom();
    Expr* starAtom();
    Expr* singleTarget();
    Expr* singleSubscriptAttributeTarget();
    Expr* tPrimary();
    bool tLookahead();
    Seq<Expr*>* delTargets();
    Expr* delTarget();
    Expr* delTAtom();

    // ---- literals (parser_literals.cpp) ----
    Expr* concatenateStrings(const std::vector<Token*>& tokens);
    bool parseNumberToken(Constant* c, std::string_view raw, Token* t);

    // ---- invalid rules (parser_invalid.cpp) ----
    void* invalidArguments();
    void* invalidKwarg();
    void* invalidLegacyExpression();
    void* invalidExpression();
    void* invalidNamedExpression();
    void* invalidAssignment();
    Expr* invalidAnnAssignTarget();
    void* invalidDelStmt();
    void* invalidBlock();
    void* invalidComprehension();
    void* invalidDictComprehension();
    void* invalidParameters();
    void* invalidParametersHelper(bool lambda);
    void* invalidDefault();
    void* invalidStarEtc();
    void* invalidKwds();
    void* invalidLambdaParameters();
    void* invalidLambdaStarEtc();
    void* invalidLambdaKwds();
    void* invalidDoubleTypeComments();
    void* invalidWithItem();
    void* invalidForTarget();
    void* invalidGroup();
    void* invalidImportFromTargets();
    void* invalidWithStmt();
    void* invalidWithStmtIndent();
    void* invalidTryStmt();
    void* invalidExceptStmt();
    void* invalidFinallyStmt();
    void* invalidExceptStmtIndent();
    void* invalidExceptStarStmtIndent();
    void* invalidIfStmt();
    void* invalidElifStmt();
    void* invalidElseStmt();
    void* invalidWhileStmt();
    void* invalidForStmt();
    void* invalidDefRaw();
    void* invalidClassDefRaw();
    void* invalidDoubleStarredKvpairs();
    void* invalidKvpair();

    // ---- state ----
    Arena& m_arena;
    Config m_config;
    Lexer m_lexer;
    TokenBuffer m_tokens; // p->tokens; size() == p->fill
    int m_mark = 0;
    int m_level = 0;
    bool m_errorIndicator = false;
    bool m_callInvalidRules = false;
    std::optional<SyntaxErrorInfo> m_error; // the pending exception (PyErr_Occurred)
};

// Memo type ids: rules that pegen memoizes (or left-recursive ones) and that can be reached at
// one position through different parents. Rules only reachable through a memoized parent at
// the same position (conjunction, inversion, factor, primary, the inner binary levels) are not
// memoized: their memo could never be hit, so leaving it out changes nothing but speed.
enum MemoType : int { // < 32: Token::memoMask has one bit per type
    kMemoSimpleStmt = 1, kMemoBlock, kMemoExpression, kMemoStarExpression, kMemoDisjunction,
    kMemoAwaitPrimary, kMemoStrings, kMemoArguments, kMemoStarTarget, kMemoTargetWithStarAtom,
    kMemoDelTarget, kMemoInvalidNamedExpression, kMemoTPrimary, kMemoDottedName, kMemoBitwiseOr,
    kMemoClosedPattern, kMemoStarPattern, kMemoAttr,
};

template <class T>
bool Parser::isMemoized(int type, T*& result)
{
    if (m_mark == static_cast<int>(m_tokens.size()) && !fillToken()) {
        m_errorIndicator = true;
        result = nullptr;
        return true;
    }
    if ((m_tokens[m_mark].memoMask & (1u << type)) == 0) return false;
    for (Memo* m = m_tokens[m_mark].memo; m != nullptr; m = m->next) {
        if (m->type == type) {
            m_mark = m->mark;
            result = static_cast<T*>(m->node);
            return true;
        }
    }
    return false;
}

} // namespace detail

// Rule prologue: recursion guard (MemoryError past MAXSTACK) and the sticky error indicator.
#define HS_ENTER()                                                                  \
    if (!enter()) return nullptr;                                                   \
    struct HsLeave {                                                                \
        Parser* p;                                                                  \
        ~HsLeave() { p->leave(); }                                                  \
    } hsLeave{this}

// After a failed alternative: restore the mark; stop if an error was raised.
#define HS_FAIL_ALT(mark)                                                           \
    do {                                                                            \
        m_mark = (mark);                                                            \
        if (m_errorIndicator) return nullptr;                                       \
    } while (0)

} // namespace hs::frontend
