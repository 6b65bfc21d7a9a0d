// Deterministic (seeded) corpus of test strings for tokenizer parity and the
// tokenizer benchmark: prose in many scripts, code, numbers and digit runs,
// whitespace runs (\r\n, trailing spaces, Unicode spaces), CJK, emoji (ZWJ
// sequences, flags, keycaps, skin tones), combining marks, special-token
// text, very long words, and Unicode edge cases including lone surrogates
// as JS strings can hold them. Same seed, same strings, on every machine.

export function rng(seed) {
  // mulberry32: small, fast, and identical everywhere.
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (arr) => arr[int(arr.length)];
  const range = (lo, hi) => lo + int(hi - lo + 1);
  return { next, int, pick, range };
}

const WORDS = {
  en: "the quick brown fox jumps over lazy dog I you he she it we they don't can't won't I'm you're they've we'll she'd it's DON'T I'M THEY'RE We'LL token budget prompt model reasoning summarize classify customer order refund shipping delayed assistant system user tool function schema json output".split(" "),
  fr: "le la les un une des est et où été être français garçon naïve cœur très déjà élève ça l'homme j'ai qu'il aujourd'hui".split(" "),
  de: "der die das und ist nicht Straße Mädchen Größe über schön Fußgängerübergänge Donaudampfschifffahrtsgesellschaft".split(" "),
  es: "el la los niño año señor ¿qué ¡hola! información canción pingüino mañana".split(" "),
  ru: "привет мир это тест Москва ёжик съешь же ещё этих мягких французских булок".split(" "),
  el: "γειά σου κόσμε Ελληνικά αλφάβητο ψυχή ΣΊΣΥΦΟΣ ς".split(" "),
  ar: "مرحبا بالعالم هذا اختبار العربية اللغة كتاب مَدْرَسَة".split(" "),
  he: "שלום עולם זה מבחן עברית שָׁלוֹם".split(" "),
  hi: "नमस्ते दुनिया यह परीक्षण है हिन्दी भाषा क्षत्रिय".split(" "),
  th: "สวัสดีชาวโลก นี่คือการทดสอบ ภาษาไทย".split(" "),
  vi: "xin chào thế giới đây là bài kiểm tra tiếng Việt người".split(" "),
  tr: "merhaba dünya İstanbul ığdır şeker çiçek ĞÜŞİÖÇ".split(" "),
  ko: "안녕하세요 세계 이것은 테스트입니다 한국어 한글".split(" "),
  ja: "こんにちは 世界 これは テスト です 日本語 カタカナ ひらがな 漢字".split(" "),
  zh: "你好 世界 这是 一个 测试 中文 汉字 繁體字 龍".split(" "),
};
const PUNCT = [".", ",", "!", "?", ";", ":", "...", "—", "–", "…", "«", "»", "“", "”", "‘", "’", "(", ")", "\"", "'", "-", "/", "。", "、", "！", "？"];
const CODE_TOKENS = ["const", "let", "function", "return", "if", "else", "for", "while", "=>", "==", "===", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "{", "}", "(", ")", "[", "]", ";", ",", ".", "::", "->", "#include", "<vector>", "std::string", "self.value", "__init__", "def", "class", "import", "0x1F", "1e-9", "/* comment */", "// note", "#", "\"str\"", "'c'", "`tpl ${x}`", "snake_case_name", "camelCaseName", "PascalCase", "SCREAMING_CASE", "i", "j", "x2", "\\n", "@decorator", "$var", "%d", "<|", "|>"];
const SPACES = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", " \n", "\u00a0", "\u3000", "\u2028", "\u2029", "\u180e", "\u200b", "\u0085", "\u000b", "\u000c", "\u2003", "\u202f", "\u205f", "\ufeff"];
const EMOJI = ["😀", "🎉", "🌍", "👍", "👍🏽", "👨‍👩‍👧‍👦", "🧑🏿‍💻", "🏳️‍🌈", "🇫🇷", "🇯🇵", "🇺🇸", "1️⃣", "#️⃣", "❤️", "✈︎", "🫠", "🦀", "☕", "⭐", "🇪🇺🇪🇺", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"];
const SPECIALS = ["<|endoftext|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|endofprompt|>", "<|endof", "<|endoftext|", "<||>", "<|im_start|>", "<<|endoftext|>>", "<|endoftext|><|endoftext|>"];
const COMBINING = [];
for (let c = 0x300; c <= 0x36f; c++) COMBINING.push(String.fromCodePoint(c));
COMBINING.push("\u0903", "\u093f", "\u094d", "\u0e31", "\u0e48", "\u20dd", "\u20e3", "\ufe0f", "\u200d", "\u200c");

function cjkChar(r) {
  const ranges = [[0x4e00, 0x9fff], [0x3400, 0x4dbf], [0x20000, 0x2a6df], [0x3040, 0x309f], [0x30a0, 0x30ff], [0xac00, 0xd7a3], [0xff01, 0xff5e], [0x3000, 0x303f], [0x31350, 0x323af], [0x2ebf0, 0x2ee5d]];
  const [lo, hi] = r.pick(ranges);
  return String.fromCodePoint(r.range(lo, hi));
}

function anyCodePoint(r) {
  const roll = r.int(10);
  if (roll < 2) return String.fromCharCode(r.range(0xd800, 0xdfff));  // lone surrogate as JS holds it
  if (roll < 4) return String.fromCodePoint(r.range(0, 0x7f));
  if (roll < 7) return String.fromCharCode(r.range(0x80, 0xffff));  // may be a lone surrogate too
  if (roll < 9) return String.fromCodePoint(r.range(0x10000, 0x3ffff));
  return String.fromCodePoint(r.pick([0xe0001, 0xe0020, 0xe007f, 0xe0100, 0xf0000, 0x10fffd, 0xfffe, 0xffff, 0xfeff, 0x1f3fb, 0x10ffff]));
}

const GENERATORS = {
  prose(r) {
    const lang = r.pick(Object.keys(WORDS));
    const n = r.range(1, 40);
    let s = "";
    for (let i = 0; i < n; i++) {
      let w = r.pick(WORDS[lang]);
      if (r.int(8) === 0) w = w[0].toUpperCase() + w.slice(1);
      if (r.int(15) === 0) w = w.toUpperCase();
      s += (i && r.int(10) ? " " : "") + w;
      if (r.int(6) === 0) s += r.pick(PUNCT);
      if (r.int(25) === 0) s += r.pick(["\n", "\n\n", "\r\n", "  "]);
    }
    return s;
  },
  code(r) {
    let s = "";
    let indent = 0;
    const n = r.range(3, 60);
    for (let i = 0; i < n; i++) {
      const t = r.pick(CODE_TOKENS);
      s += t;
      if (t === "{") indent++;
      if (t === "}" && indent) indent--;
      const roll = r.int(10);
      if (roll < 5) s += " ";
      else if (roll < 7) s += (r.int(4) ? "\n" : "\r\n") + (r.int(2) ? "  " : "\t").repeat(indent);
    }
    return s;
  },
  numbers(r) {
    let s = "";
    const n = r.range(1, 12);
    for (let i = 0; i < n; i++) {
      const roll = r.int(8);
      if (roll === 0) s += String(r.int(1e9)).repeat(r.range(1, 5));
      else if (roll === 1) s += (r.next() * 1e6).toFixed(r.int(8));
      else if (roll === 2) s += "+1 (555) " + r.range(100, 999) + "-" + r.range(1000, 9999);
      else if (roll === 3) s += r.pick(["٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "０１２３４５６７８９", "²³¹", "½¾", "ⅣⅫ", "①②③", "𝟘𝟙𝟚"]);
      else if (roll === 4) s += "1,234,567.89 $12.50 €3,00 50% 3.14159e+10";
      else if (roll === 5) s += "2024-05-13T08:00:00Z v1.2.3 0xDEADBEEF 192.168.0.1";
      else s += String(r.int(100000));
      s += r.pick([" ", "", ",", "\n", "-", "x", "a1"]);
    }
    return s;
  },
  whitespace(r) {
    let s = "";
    const n = r.range(1, 20);
    for (let i = 0; i < n; i++) {
      s += r.pick(SPACES).repeat(r.range(1, 6));
      if (r.int(2)) s += r.pick(["word", "x", "!", "1", "é", "中", "", "", "🙂", "'s"]);
    }
    return s;
  },
  cjk(r) {
    let s = "";
    const n = r.range(1, 60);
    for (let i = 0; i < n; i++) {
      s += cjkChar(r);
      if (r.int(12) === 0) s += r.pick(["。", "、", " ", "\n", "abc", "123", "！"]);
    }
    return s;
  },
  emoji(r) {
    let s = "";
    const n = r.range(1, 15);
    for (let i = 0; i < n; i++) {
      s += r.pick(EMOJI);
      if (r.int(3) === 0) s += r.pick([" ", "", "ok", "\n", "!!"]);
      if (r.int(10) === 0) s += String.fromCodePoint(r.range(0x1f300, 0x1faff));
    }
    return s;
  },
  combining(r) {
    let s = "";
    const n = r.range(1, 20);
    for (let i = 0; i < n; i++) {
      s += r.pick(["a", "e", "o", "A", "n", "क", "ก", "ا", " ", "1", "'", "x"]);
      const marks = r.range(0, r.int(6) === 0 ? 12 : 3);
      for (let m = 0; m < marks; m++) s += r.pick(COMBINING);
    }
    return s.normalize(r.int(3) === 0 ? "NFD" : r.int(2) ? "NFC" : "NFKC");
  },
  specials(r) {
    let s = "";
    const n = r.range(1, 8);
    for (let i = 0; i < n; i++) {
      s += r.pick([GENERATORS.prose, GENERATORS.code, GENERATORS.whitespace])(r).slice(0, 40);
      s += r.pick(SPECIALS);
    }
    return s;
  },
  longwords(r) {
    const roll = r.int(8);
    // tiktoken's own merge loop is quadratic in a piece's length, so very
    // long words are kept rare to keep the reference run short.
    const len = r.range(50, r.int(40) === 0 ? 12000 : 2000);
    if (roll === 0) return "a".repeat(len);
    if (roll === 1) return " ".repeat(len) + "x";
    if (roll === 2) return "1".repeat(len);
    if (roll === 3) return "!".repeat(len);
    if (roll === 4) return "\n".repeat(len);
    if (roll === 5) {
      let s = "";
      for (let i = 0; i < len; i++) s += String.fromCharCode(97 + r.int(26));
      return s;
    }
    if (roll === 6) return "ab".repeat(len >> 1) + "'s";
    return r.pick(["é", "中", "🙂", "ж", "\u0301"]).repeat(len >> 2);
  },
  unicode(r) {
    let s = "";
    const n = r.range(1, 30);
    for (let i = 0; i < n; i++) {
      s += anyCodePoint(r);
      if (r.int(5) === 0) s += r.pick(["a", " ", "'", "1", "\n", "'S", "'ſ", "K", "ǅ", "ᾈ"]);
    }
    return s;
  },
  mixed(r) {
    const names = ["prose", "code", "numbers", "whitespace", "cjk", "emoji", "combining", "unicode"];
    let s = "";
    const n = r.range(2, 6);
    for (let i = 0; i < n; i++) s += GENERATORS[r.pick(names)](r) + r.pick(["", " ", "\n", "\r\n"]);
    return s;
  },
};

export const CATEGORIES = Object.keys(GENERATORS);

// `count` strings, cycling through the categories, from `seed`. Each entry
// is {category, text}.
export function generateCorpus(seed, count) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const category = CATEGORIES[i % CATEGORIES.length];
    out.push({ category, text: GENERATORS[category](r) });
  }
  return out;
}

// Every code point of planes 0-3 and 14 (surrogates as lone UTF-16 units),
// in strings of 48, each code point between context characters that change
// which pattern branch it falls into: letters, digits, spaces, apostrophes.
export function unicodeSweep() {
  const out = [];
  const ctx = ["a", "A", "1", " ", "'", "\n", "x'", ""];
  const ranges = [[0, 0x3ffff], [0xe0000, 0xe01ef]];
  let s = "";
  let k = 0;
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      s += ctx[k % ctx.length] + (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp));
      k++;
      if (k % 48 === 0) {
        out.push({ category: "sweep", text: s });
        s = "";
      }
    }
  }
  if (s) out.push({ category: "sweep", text: s });
  return out;
}

// A mixed text of about `bytes` UTF-8 bytes for benchmarks: weighted toward
// prose and code, with CJK, numbers, whitespace and emoji.
export function benchText(seed, bytes) {
  const r = rng(seed);
  const weights = [["prose", 40], ["code", 25], ["cjk", 10], ["numbers", 8], ["whitespace", 7], ["emoji", 4], ["combining", 3], ["mixed", 3]];
  const total = weights.reduce((a, [, w]) => a + w, 0);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    let roll = r.int(total);
    let name = weights[0][0];
    for (const [n, w] of weights) {
      if (roll < w) { name = n; break; }
      roll -= w;
    }
    const t = GENERATORS[name](r).replace(/[\ud800-\udfff]/g, "\ufffd") + r.pick([" ", "\n", "\n\n", ". "]);
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join("");
}
