// Heapscope front end: the match statement and its patterns (python.gram "Match statement").
// Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: statement & cases · pattern structure · literals · captures & values ·
// sequences & mappings · class patterns · invalid rules.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// "kw" soft keyword: a NAME token spelled exactly `keyword` (_PyPegen_expect_soft_keyword).
Token* Parser::expectSoftKeyword(const char* keyword)
{
    Token* t = peekToken();
    if (t == nullptr || t->kind != TK::Name || tokenText(t) != keyword) return nullptr;
    m_mark++;
    return t;
}

// ---------------------------------------------------------------------------------------------
// Statement and cases

// match_stmt:
//   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt
Stmt* Parser::matchStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* subject;
        Seq<MatchCase*>* cases;
        if (expectSoftKeyword("match") && (subject = subjectExpr()) && expect(TK::Colon) && expect(TK::Newline) && expect(TK::Indent) &&
            (cases = loop1<MatchCase*>([&] { return caseBlock(); })) && expect(TK::Dedent)) {
            Match* n = node<Match>(s);
            n->subject = subject;
            n->cases = *cases;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidMatchStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
Expr* Parser::subjectExpr()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* value;
        Seq<Expr*>* values;
        if ((value = starNamedExpression()) && expect(TK::Comma) && ((values = starNamedExpressions()), !m_errorIndicator)) {
            std::vector<Expr*> elts{value};
            if (values != nullptr) elts.insert(elts.end(), values->begin(), values->end());
            Tuple* t = node<Tuple>(s);
            t->elts = seq(elts);
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = namedExpression()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// case_block: invalid_case_block | "case" patterns guard? ':' block;  guard: 'if' named_expression
MatchCase* Parser::caseBlock()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidCaseBlock()) return static_cast<MatchCase*>(r);
        HS_FAIL_ALT(mark);
    }
    Pattern* pattern;
    Expr* guard = nullptr;
    Seq<Stmt*>* body;
    auto guardOpt = [&] {
        int m = m_mark;
        if (!(expect(TK::KwIf) && (guard = namedExpression()))) {
            guard = nullptr;
            m_mark = m;
        }
        return !m_errorIndicator;
    };
    if (expectSoftKeyword("case") && (pattern = patterns()) && guardOpt() && expect(TK::Colon) && (body = block())) {
        MatchCase* c = m_arena.make<MatchCase>();
        c->pattern = pattern;
        c->guard = guard;
        c->body = *body;
        return c;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Pattern structure

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Seq<Pattern*>* ps = openSequencePattern()) {
        MatchSequence* n = node<MatchSequence>(s);
        n->patterns = *ps;
        return n;
    }
    HS_FAIL_ALT(mark);
    if (Pattern* p = pattern()) return p;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// pattern: as_pattern | or_pattern
Pattern* Parser::pattern()
{
    HS_ENTER();
    int mark = m_mark;
    if (Pattern* p = asPattern()) return p;
    HS_FAIL_ALT(mark);
    if (Pattern* p = orPattern()) return p;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
Pattern* Parser::asPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Pattern* p;
        Expr* target;
        if ((p = orPattern()) && expect(TK::KwAs) && (target = patternCaptureTarget())) {
            MatchAs* n = node<MatchAs>(s);
            n->pattern = p;
            n->name = target->as<Name>().id;
            n->hasName = true;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidAsPattern()) return static_cast<Pattern*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::orPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Seq<Pattern*>* ps = gather<Pattern*>(TK::Vbar, [&] { return closedPattern(); })) {
        if (ps->size() == 1) return (*ps)[0];
        MatchOr* n = node<MatchOr>(s);
        n->patterns = *ps;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
Pattern* Parser::closedPattern()
{
    HS_ENTER();
    Pattern* res = nullptr;
    if (isMemoized(kMemoClosedPattern, res)) return res;
    int mark = m_mark;
    auto done = [&](Pattern* r) {
        insertMemo(mark, kMemoClosedPattern, r);
        return r;
    };
    Pattern* (Parser::*const alternatives[])() = {
        &Parser::literalPattern, &Parser::capturePattern,  &Parser::wildcardPattern, &Parser::valuePattern,
        &Parser::groupPattern,   &Parser::sequencePattern, &Parser::mappingPattern,  &Parser::classPattern,
    };
    for (auto alt : alternatives) {
        if (Pattern* p = (this->*alt)()) return done(p);
        HS_FAIL_ALT(mark);
    }
    return done(nullptr);
}

// ---------------------------------------------------------------------------------------------
// Literals

// literal_pattern:
//   | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
Pattern* Parser::literalPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto value = [&](Expr* v) {
        MatchValue* n = node<MatchValue>(s);
        n->value = v;
        return n;
    };
    {
        Expr* v;
        if ((v = signedNumber()) && !check(TK::Plus) && !check(TK::Minus)) return value(v);
        HS_FAIL_ALT(mark);
    }
    if (Expr* v = complexNumber()) return value(v);
    HS_FAIL_ALT(mark);
    if (Expr* v = strings()) return value(v);
    HS_FAIL_ALT(mark);
    static const TK kinds[] = {TK::KwNone, TK::KwTrue, TK::KwFalse};
    static const ConstantKind values[] = {ConstantKind::None, ConstantKind::True, ConstantKind::False};
    for (int i = 0; i < 3; ++i) {
        if (expect(kinds[i])) {
            MatchSingleton* n = node<MatchSingleton>(s);
            n->value = values[i];
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
Expr* Parser::literalExpr()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* v;
        if ((v = signedNumber()) && !check(TK::Plus) && !check(TK::Minus)) return v;
        HS_FAIL_ALT(mark);
    }
    if (Expr* v = complexNumber()) return v;
    HS_FAIL_ALT(mark);
    if (Expr* v = strings()) return v;
    HS_FAIL_ALT(mark);
    static const TK kinds[] = {TK::KwNone, TK::KwTrue, TK::KwFalse};
    static const ConstantKind values[] = {ConstantKind::None, ConstantKind::True, ConstantKind::False};
    for (int i = 0; i < 3; ++i) {
        if (expect(kinds[i])) {
            Constant* c = node<Constant>(s);
            c->valueKind = values[i];
            return c;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// complex_number: signed_real_number '+' imaginary_number | signed_real_number '-' imaginary_number
Expr* Parser::complexNumber()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    for (int sub = 0; sub < 2; ++sub) {
        Expr* real;
        Expr* imag;
        if ((real = signedRealNumber()) && expect(sub ? TK::Minus : TK::Plus) && (imag = realOrImaginaryNumber(true))) {
            BinOp* n = node<BinOp>(s);
            n->left = real;
            n->op = sub ? OperatorKind::Sub : OperatorKind::Add;
            n->right = imag;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signedNumber()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto number = [&]() -> Expr* {
        Start ns;
        if (!start(ns)) return nullptr;
        Token* t = expect(TK::Number);
        if (t == nullptr) return nullptr;
        Constant* c = node<Constant>(ns);
        if (!parseNumberToken(c, tokenText(t), t)) return nullptr;
        return c;
    };
    if (Expr* n = number()) return n;
    HS_FAIL_ALT(mark);
    {
        Expr* n;
        if (expect(TK::Minus) && (n = number())) {
            UnaryOp* u = node<UnaryOp>(s);
            u->op = UnaryOpKind::USub;
            u->operand = n;
            return u;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// signed_real_number: real_number | '-' real_number
Expr* Parser::signedRealNumber()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Expr* n = realOrImaginaryNumber(false)) return n;
    HS_FAIL_ALT(mark);
    {
        Expr* n;
        if (expect(TK::Minus) && (n = realOrImaginaryNumber(false))) {
            UnaryOp* u = node<UnaryOp>(s);
            u->op = UnaryOpKind::USub;
            u->operand = n;
            return u;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// real_number: NUMBER (must not be imaginary);  imaginary_number: NUMBER (must be imaginary)
Expr* Parser::realOrImaginaryNumber(bool imaginary)
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Token* t = expect(TK::Number);
    if (t == nullptr) {
        HS_FAIL_ALT(mark);
        return nullptr;
    }
    Constant* c = node<Constant>(s);
    if (!parseNumberToken(c, tokenText(t), t)) return nullptr;
    bool isComplex = c->valueKind == ConstantKind::Complex;
    if (imaginary && !isComplex) return static_cast<Expr*>(raiseAt(c, "imaginary number required in complex literal"));
    if (!imaginary && isComplex) return static_cast<Expr*>(raiseAt(c, "real number required in complex literal"));
    return c;
}

// ---------------------------------------------------------------------------------------------
// Captures and values

// capture_pattern: pattern_capture_target
Pattern* Parser::capturePattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Expr* target = patternCaptureTarget()) {
        MatchAs* n = node<MatchAs>(s);
        n->name = target->as<Name>().id;
        n->hasName = true;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
Expr* Parser::patternCaptureTarget()
{
    HS_ENTER();
    int mark = m_mark;
    bool wildcard = expectSoftKeyword("_") != nullptr;
    m_mark = mark;
    if (m_errorIndicator) return nullptr;
    Token* name;
    if (!wildcard && (name = expect(TK::Name)) && !check(TK::Dot) && !check(TK::Lpar) && !check(TK::Equal))
        return setExprContext(nameFromToken(name), ExprContext::Store);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// wildcard_pattern: "_"
Pattern* Parser::wildcardPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (expectSoftKeyword("_")) return node<MatchAs>(s);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// value_pattern: attr !('.' | '(' | '=')
Pattern* Parser::valuePattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a;
    if ((a = attr()) && !check(TK::Dot) && !check(TK::Lpar) && !check(TK::Equal)) {
        MatchValue* n = node<MatchValue>(s);
        n->value = a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// attr: name_or_attr '.' NAME   (left-recursive through name_or_attr: NAME ('.' NAME)+)
Expr* Parser::attr()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoAttr, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* value = nameFromToken(expect(TK::Name));
    Expr* result = nullptr;
    while (value != nullptr) {
        int m = m_mark;
        Token* name;
        if (expect(TK::Dot) && (name = expect(TK::Name))) {
            Attribute* n = node<Attribute>(s);
            n->value = value;
            n->attr = identifier(name);
            value = result = n;
            continue;
        }
        m_mark = m;
        break;
    }
    if (m_errorIndicator) return nullptr;
    if (result == nullptr) m_mark = mark;
    insertMemo(mark, kMemoAttr, result);
    return result;
}

// name_or_attr: attr | NAME
Expr* Parser::nameOrAttr()
{
    HS_ENTER();
    int mark = m_mark;
    if (Expr* a = attr()) return a;
    HS_FAIL_ALT(mark);
    if (Token* t = expect(TK::Name)) return nameFromToken(t);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// group_pattern: '(' pattern ')'
Pattern* Parser::groupPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Pattern* p;
    if (expect(TK::Lpar) && (p = pattern()) && expect(TK::Rpar)) return p;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Sequences and mappings

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
Pattern* Parser::sequencePattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    for (int paren = 0; paren < 2; ++paren) {
        Seq<Pattern*>* ps;
        if (expect(paren ? TK::Lpar : TK::Lsqb) && ((ps = paren ? openSequencePattern() : maybeSequencePattern()), !m_errorIndicator) &&
            expect(paren ? TK::Rpar : TK::Rsqb)) {
            MatchSequence* n = node<MatchSequence>(s);
            if (ps != nullptr) n->patterns = *ps;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
Seq<Pattern*>* Parser::openSequencePattern()
{
    HS_ENTER();
    int mark = m_mark;
    Pattern* first;
    Seq<Pattern*>* rest;
    if ((first = maybeStarPattern()) && expect(TK::Comma) && ((rest = maybeSequencePattern()), !m_errorIndicator)) {
        std::vector<Pattern*> all{first};
        if (rest != nullptr) all.insert(all.end(), rest->begin(), rest->end());
        return seqPtr(all);
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
Seq<Pattern*>* Parser::maybeSequencePattern()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Pattern*>* ps;
    if ((ps = gather<Pattern*>(TK::Comma, [&] { return maybeStarPattern(); })) && ((expect(TK::Comma)), !m_errorIndicator)) return ps;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// maybe_star_pattern: star_pattern | pattern
Pattern* Parser::maybeStarPattern()
{
    HS_ENTER();
    int mark = m_mark;
    if (Pattern* p = starPattern()) return p;
    HS_FAIL_ALT(mark);
    if (Pattern* p = pattern()) return p;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
Pattern* Parser::starPattern()
{
    HS_ENTER();
    Pattern* res = nullptr;
    if (isMemoized(kMemoStarPattern, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Pattern* r) {
        insertMemo(mark, kMemoStarPattern, r);
        return r;
    };
    {
        Expr* target;
        if (expect(TK::Star) && (target = patternCaptureTarget())) {
            MatchStar* n = node<MatchStar>(s);
            n->name = target->as<Name>().id;
            n->hasName = true;
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::Star) && wildcardPattern()) return done(node<MatchStar>(s));
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// mapping_pattern:
//   | '{' '}'
//   | '{' double_star_pattern ','? '}'
//   | '{' items_pattern ',' double_star_pattern ','? '}'
//   | '{' items_pattern ','? '}'
Pattern* Parser::mappingPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto make = [&](Seq<KeyPatternPair*>* items, Expr* rest) {
        MatchMapping* n = node<MatchMapping>(s);
        if (items != nullptr) {
            std::vector<Expr*> keys;
            std::vector<Pattern*> ps;
            for (KeyPatternPair* kp : *items) {
                keys.push_back(kp->key);
                ps.push_back(kp->pattern);
            }
            n->keys = seq(keys);
            n->patterns = seq(ps);
        }
        if (rest != nullptr) {
            n->rest = rest->as<Name>().id;
            n->hasRest = true;
        }
        return n;
    };
    if (expect(TK::Lbrace) && expect(TK::Rbrace)) return make(nullptr, nullptr);
    HS_FAIL_ALT(mark);
    {
        Expr* rest;
        if (expect(TK::Lbrace) && (rest = doubleStarPattern()) && ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rbrace))
            return make(nullptr, rest);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<KeyPatternPair*>* items;
        Expr* rest;
        if (expect(TK::Lbrace) && (items = itemsPattern()) && expect(TK::Comma) && (rest = doubleStarPattern()) &&
            ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rbrace))
            return make(items, rest);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<KeyPatternPair*>* items;
        if (expect(TK::Lbrace) && (items = itemsPattern()) && ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rbrace))
            return make(items, nullptr);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// items_pattern: ','.key_value_pattern+
Seq<KeyPatternPair*>* Parser::itemsPattern()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<KeyPatternPair*>* a = gather<KeyPatternPair*>(TK::Comma, [&] { return keyValuePattern(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
KeyPatternPair* Parser::keyValuePattern()
{
    HS_ENTER();
    int mark = m_mark;
    auto key = [&]() -> Expr* {
        int m = m_mark;
        if (Expr* k = literalExpr()) return k;
        m_mark = m;
        if (m_errorIndicator) return nullptr;
        if (Expr* k = attr()) return k;
        m_mark = m;
        return nullptr;
    };
    Expr* k;
    Pattern* p;
    if ((k = key()) && expect(TK::Colon) && (p = pattern())) return m_arena.make<KeyPatternPair>(KeyPatternPair{k, p});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// double_star_pattern: '**' pattern_capture_target
Expr* Parser::doubleStarPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* target;
    if (expect(TK::DoubleStar) && (target = patternCaptureTarget())) return target;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Class patterns

// class_pattern:
//   | name_or_attr '(' ')'
//   | name_or_attr '(' positional_patterns ','? ')'
//   | name_or_attr '(' keyword_patterns ','? ')'
//   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//   | invalid_class_pattern
Pattern* Parser::classPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto make = [&](Expr* cls, Seq<Pattern*>* positional, Seq<KeyPatternPair*>* keywords) {
        MatchClass* n = node<MatchClass>(s);
        n->cls = cls;
        if (positional != nullptr) n->patterns = *positional;
        if (keywords != nullptr) {
            std::vector<Identifier> attrs;
            std::vector<Pattern*> ps;
            for (KeyPatternPair* kp : *keywords) {
                attrs.push_back(kp->key->as<Name>().id);
                ps.push_back(kp->pattern);
            }
            n->kwdAttrs = seq(attrs);
            n->kwdPatterns = seq(ps);
        }
        return n;
    };
    {
        Expr* cls;
        if ((cls = nameOrAttr()) && expect(TK::Lpar) && expect(TK::Rpar)) return make(cls, nullptr, nullptr);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* cls;
        Seq<Pattern*>* ps;
        if ((cls = nameOrAttr()) && expect(TK::Lpar) && (ps = positionalPatterns()) && ((expect(TK::Comma)), !m_errorIndicator) &&
            expect(TK::Rpar))
            return make(cls, ps, nullptr);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* cls;
        Seq<KeyPatternPair*>* kws;
        if ((cls = nameOrAttr()) && expect(TK::Lpar) && (kws = keywordPatterns()) && ((expect(TK::Comma)), !m_errorIndicator) &&
            expect(TK::Rpar))
            return make(cls, nullptr, kws);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* cls;
        Seq<Pattern*>* ps;
        Seq<KeyPatternPair*>* kws;
        if ((cls = nameOrAttr()) && expect(TK::Lpar) && (ps = positionalPatterns()) && expect(TK::Comma) && (kws = keywordPatterns()) &&
            ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rpar))
            return make(cls, ps, kws);
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidClassPattern()) return static_cast<Pattern*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// positional_patterns: ','.pattern+
Seq<Pattern*>* Parser::positionalPatterns()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<Pattern*>* a = gather<Pattern*>(TK::Comma, [&] { return pattern(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// keyword_patterns: ','.keyword_pattern+
Seq<KeyPatternPair*>* Parser::keywordPatterns()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<KeyPatternPair*>* a = gather<KeyPatternPair*>(TK::Comma, [&] { return keywordPattern(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// keyword_pattern: NAME '=' pattern
KeyPatternPair* Parser::keywordPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Token* name;
    Pattern* p;
    if ((name = expect(TK::Name)) && expect(TK::Equal) && (p = pattern()))
        return m_arena.make<KeyPatternPair>(KeyPatternPair{nameFromToken(name), p});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Invalid rules

// invalid_match_stmt:
//   | "match" subject_expr NEWLINE
//   | "match" subject_expr ':' NEWLINE !INDENT
void* Parser::invalidMatchStmt()
{
    HS_ENTER();
    int mark = m_mark;
    if (expectSoftKeyword("match") && subjectExpr() && expect(TK::Newline)) return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    Token* a;
    if ((a = expectSoftKeyword("match")) && subjectExpr() && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'match' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_case_block:
//   | "case" patterns guard? NEWLINE
//   | "case" patterns guard? ':' NEWLINE !INDENT
void* Parser::invalidCaseBlock()
{
    HS_ENTER();
    int mark = m_mark;
    auto guardOpt = [&] {
        int m = m_mark;
        if (!(expect(TK::KwIf) && namedExpression())) m_mark = m;
        return !m_errorIndicator;
    };
    if (expectSoftKeyword("case") && patterns() && guardOpt() && expect(TK::Newline)) return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    Token* a;
    if ((a = expectSoftKeyword("case")) && patterns() && guardOpt() && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'case' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
void* Parser::invalidAsPattern()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Token* a;
        if (orPattern() && expect(TK::KwAs) && (a = expectSoftKeyword("_"))) return raiseAt(a, "cannot use '_' as a target");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if (orPattern() && expect(TK::KwAs) && !check(TK::Name) && (a = expression())) return raiseAt(a, "invalid pattern target");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
void* Parser::invalidClassPattern()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Pattern*>* a;
    if (nameOrAttr() && expect(TK::Lpar) && (a = invalidClassArgumentPattern()))
        return raiseRange((*a)[0], a->back(), "positional patterns follow keyword patterns");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
Seq<Pattern*>* Parser::invalidClassArgumentPattern()
{
    HS_ENTER();
    int mark = m_mark;
    auto positionalOpt = [&] {
        int m = m_mark;
        if (!(positionalPatterns() && expect(TK::Comma))) m_mark = m;
        return !m_errorIndicator;
    };
    Seq<Pattern*>* a;
    if (positionalOpt() && keywordPatterns() && expect(TK::Comma) && (a = positionalPatterns())) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

} // namespace hs::frontend::detail
