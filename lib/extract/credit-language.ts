/**
 * Credit by its wording: whether a paragraph thanks someone, states funding or says who did what, in the
 * languages the heading vocabulary knows. Used where no heading says what a paragraph is (footnotes, end
 * notes, author notes, plain text, manuscripts). Only the paragraph's opening counts — "We thank …",
 * "This work was supported by …", "A.B. designed the study" — because credit statements announce
 * themselves in their first words, and prose that merely contains "thanks to" somewhere does not.
 */
import type { SectionKey } from '../article';

export interface CreditWording {
  kind: SectionKey;
  /** 2: the opening is a credit formula; 1: a credit formula in the first sentence, or only grant numbers. */
  strength: 1 | 2;
  /** The words that decided it, for warnings ("We thank"). */
  cue: string;
}

// Thanks: "We thank", "The authors (would like to) thank", "I am grateful", "We gratefully acknowledge",
// "Thanks are due", "We dedicate this work", and the other languages' formulas.
const THANKS =
  /\b(?:thank(?:s|ful)?|grateful(?:ly)?|gratitude|indebted|acknowledge[sd]?|acknowledging|appreciate[sd]?|appreciation|dedicate[sd]?|in memory of)\b|agrade[cç]|remerci|\bdanken?\b|\bdank(?:e|en)? (?:an|gilt|geht)|ringrazi|bedank|dankbaar|\bterima kasih|感谢|感謝|致谢|謝意|谢意|谢谢|감사/;
const THANKS_OPENING = new RegExp(
  '^(?:(?:we|i|the authors?|all authors|authors|this (?:author|team))\\s+(?:would (?:also )?like to |wish to |want to |are |am |is |also |further |sincerely |gratefully |warmly |deeply |greatly |especially |particularly |kindly |hereby )*' +
    '(?:thank|acknowledge|appreciate|express|extend|dedicate|are grateful|am grateful|is grateful|grateful|are indebted|am indebted|owe|recognize|recognise)|' +
    '(?:special |sincere |our |many |grateful )?thanks (?:are|go|to|is)\\b|thanks to\\b|our (?:sincere |special )?(?:thanks|gratitude)|' +
    'the authors? (?:is|are) (?:grateful|indebted|thankful)|we are (?:grateful|indebted|thankful)|' +
    'agradec|agradeç|gostar[ií]amos de agradecer|nous remercions|je remercie|les auteurs remercient|l[ae]s? auteur[es]* (?:tiennent|souhaitent|veulent) à remercier|' +
    'wir danken|ich danke|die autor(?:en|innen) danken|unser dank gilt|ringraziamo|si ringrazia|gli autori ringraziano|' +
    'wij danken|de auteurs danken|kami (?:mengucapkan )?terima kasih|penulis mengucapkan terima kasih|' +
    '感谢|衷心感谢|作者感谢|谨此致谢|本研究(?:得到|受到)|謝辞|感謝|著者らは|감사)',
);

// Funding: "This work was supported by", "Funded by", "Supported in part by", "X was funded by", "The
// funders had no role", "No funding was received", grant agreements.
const FUNDING_PASSIVE =
  /\b(?:was|were|is|are|been|being|has been|have been)\s+(?:(?:generously|partly|partially|jointly|additionally|primarily|mainly|financially|also|in part|in parts)\s+)*(?:supported|funded|financed|sponsored|co-?funded|made possible)\b/;
const FUNDING_OPENING =
  /^(?:(?:supported|funded|financed|sponsored|co-?funded|financially supported)\s+(?:\w+\s+){0,2}?(?:by|through|from|under|via|with)\b|financial support (?:from|by|for|was)\b|funding(?: for (?:this|the|our) (?:\w+ )?(?:work|study|research|project)| (?:was|is|has been) (?:provided|received|obtained)| (?:from|by|came)\b)|(?:partial|partly|in part|research|financial|open access)\s+(?:funding|support)|(?:the )?funders? (?:had|played) no role|no (?:specific )?(?:funding|external funding|grants?) (?:was|were|has been|is)|the authors? (?:received|receive|did not receive|declare(?:s|d)? that no|have no funding|disclose(?:s|d)? receipt)|(?:this|the) (?:research|work|study|project) (?:received|has received|benefit(?:ed|s) from|was made possible)|ce travail a (?:été|bénéficié)|cette (?:étude|recherche) a été financée|diese (?:arbeit|studie) wurde|die arbeit wurde|gefördert|finanziato|questo (?:lavoro|studio) è stato|本研究|本工作|本论文|本項目|本研究は|この研究は|본 연구는|이 연구는|penelitian ini didanai)/;
/** A funding verb among the first words: "This study was supported by", "CH and EJ were funded by". */
const FUNDING_EARLY =
  /^(?:\S+\s+){0,10}?(?:was|were|is|are|been|has been|have been)\s+(?:(?:generously|partly|partially|jointly|additionally|primarily|mainly|financially|also|in part)\s+)*(?:supported|funded|financed|sponsored|co-?funded)\b/;
/** What FUNDING_EARLY cannot match without. */
const FUNDING_VERB = /supported|funded|financed|sponsored/;
const FUNDING_WORDS =
  /\b(?:grants?|grant agreement|award(?:ed)?|fellowships?|scholarships?|studentships?|funding|funds?|financial support|sponsor(?:ed|ship)?|foundation|council|national institutes of health|nih|nsf|erc|dfg|anr|cihr|nhmrc|nsfc|jsps|wellcome|horizon 2020|marie sk[łl]odowska)\b|financiaci|financiament|financiamient|financement|förderung|finanziament|资助|基金|助成|研究費|지원/;
/** What stands after "supported by" in a funding statement: a funder, a grant, or an organisation's name. */
const FUNDED_BY_WHOM =
  /^[^.;]{0,120}?(?:\b(?:grants?|funds?|funding|fellowships?|awards?|scholarships?|studentships?|contracts?|NIH|NSF|NIMH|NCI|NHLBI|NIGMS|ERC|DFG|ANR|EU|Wellcome|Foundation|Institutes?|Council|Agency|Ministry|Trust|Society|Association|Organi[sz]ation|Program(?:me)?|Academy|Department|Government|Commission|Union|University|Fund|Fonds|Office|Administration|Initiative)\b|\b[A-Z]{2,}\d{3,})/;

/** Funders by the words their names are made of. */
const FUNDER =
  /\b(?:National (?:Institutes?|Science|Natural|Research|Cancer|Heart)|Institute of|Foundation|Council|Agency|Ministry|Trust|Fund|Fonds|Research Council|Academy of Sciences|Society for the Promotion)\b/;
/** Grant and award numbers as funders print them: R01 MH123456, S10OD026899, 2017YFF0210200, ANR-10-INBS-04. */
const GRANT_NUMBER =
  /\b(?:[A-Z]\d{2}\s?[A-Z]{2}\s?\d{5,6}|[A-Z]{1,4}[-\s]?\d{2}[-\s]?[A-Z]{2,5}[-\s]?\d{2,}|\d{4}[A-Z]{2,4}\d{5,}|[A-Z]{2,}[-/]\d{2,}[-/][A-Z0-9-]{2,}|(?:[Gg]rant|GRANT|[Aa]ward|[Pp]roject|[Cc]ontract)\s+(?:[Nn]o\.?|[Nn]umber|NUMBER|[Nn]os?\.|#|[Aa]greement(?: [Nn]o\.?)?)\s*:?\s*[A-Z0-9][\w./-]{3,})/;

// Contributions: people doing research work — "A.B. and C.D. designed the study", "Jane Doe wrote the
// paper", "Conceived and designed the experiments: GS SD", "Conceptualization, Z.G., E.M.A.;".
/** A person as contribution statements write them: initials ("J.S.", "JdeHA", "T.v.T.") or a full name. */
const PERSON = String.raw`(?:(?:[A-Z][a-z]{0,2}\.?-?){1,4}[A-Z]\.?|[A-Z]\.|[A-Z][a-z]+(?:[ -](?:[A-Z]\.|[A-Z][a-z]+)){1,3})`;
const PEOPLE = String.raw`${PERSON}(?:(?:\s*(?:,|and|&)\s*)+${PERSON}){0,8}`;
const WORK_VERBS =
  '(?:conceived|conceptuali[sz]ed|designed|performed|carried out|conducted|analy[sz]ed|wrote|drafted|revised|edited|supervised|coordinated|directed|contributed|collected|acquired|generated|prepared|developed|interpreted|obtained|created|participated in|led|built|implemented|established|(?:was|were) (?:responsible|involved|in charge))';
const WORK_VERB = String.raw`(?:also\s+|jointly\s+|equally\s+)?${WORK_VERBS}\b`;
/** "A.B. and C.D. designed …": people as the subject of research work. */
const PEOPLE_DID = new RegExp(
  String.raw`(?:^|[;.]\s+|,\s+(?:and\s+)?|\band\s+|\(\s*)${PEOPLE}\s+${WORK_VERB}`,
  'g',
);
/** "Performed the experiments: GS SD." and "Conceptualization, Z.G., E.M.A.;": the work first, then people. */
const WORK_WORDS = String.raw`\b(?:[Cc]onceived|[Dd]esigned|[Pp]erformed|[Aa]naly[sz]ed|[Cc]ontributed|[Ww]rote|[Cc]onceptuali[sz]ation|[Dd]ata [Cc]uration|[Ff]ormal [Aa]nalysis|[Ff]unding [Aa]cquisition|[Ii]nvestigation|[Mm]ethodology|[Pp]roject [Aa]dministration|[Rr]esources|[Ss]oftware|[Ss]upervision|[Vv]alidation|[Vv]isuali[sz]ation|[Ww]riting\W{1,4}(?:[Oo]riginal [Dd]raft|[Rr]eview(?:ing)?)(?:\W+(?:and\W+)?[Ee]diting)?(?: [Pp]reparation)?)`;
const WORK_BY = new RegExp(String.raw`${WORK_WORDS}[^:;.]{0,60}?[:,]\s*${PERSON}(?=[\s,;.]|$)`, 'g');
/**
 * What PEOPLE_DID and WORK_BY cannot match without: the end of a person's name or initials (a capital
 * with an optional period, or a capitalised word after another name part) right before the work verb,
 * and a capital after the work's label. These small patterns turn away the discussion paragraphs ("We
 * performed …") that would otherwise compile and run the two costly ones on a page's first click;
 * where they fail the costly ones cannot match, so nothing else changes.
 */
const PEOPLE_DID_GATE = new RegExp(
  String.raw`(?:[A-Z]\.?|(?:[A-Z][a-z]+|[A-Z]\.)[ -][A-Z][a-z]+)\s+${WORK_VERB}`,
);
const WORK_BY_GATE = new RegExp(String.raw`${WORK_WORDS}[^:;.]{0,60}?[:,]\s*[A-Z]`);

/** "The help of X is deeply appreciated.", "Y is gratefully acknowledged.": thanks in the passive. */
const THANKED_PASSIVE =
  /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:acknowledged|appreciated)\s*(?:[.!](?:\s|$)|$)/;
const ALL_AUTHORS =
  /\ball authors (?:read|reviewed|approved|contributed|edited|commented|discussed|agreed)\b/;

const FUNDERS_NO_ROLE = /\b[Tt]he funders? (?:had|have|played) no role\b/;

/** Text that names other back matter: a paragraph that opens with it is not credit. */
const OTHER_BACKMATTER_OPENING =
  /^(?:(?:\*\s*)?(?:correspondence|corresponding author|address (?:for )?correspondence|reprint requests?|e-?mail|received|accepted|published|copyright|©|conflicts? of interests?|competing interests?|declaration of (?:competing )?interests?|the authors? (?:declare|report|ha(?:ve|s) no|disclose)|data (?:availability|sharing|access)|ethic(?:s|al)|informed consent|keywords?|abbreviations|supplementary|supporting information|open access|this article is (?:licensed|distributed)|citation|how to cite|edited by|reviewed by)\b)/;

/** An address line ("Jane Doe, Department of …"): author notes open with these, and they are no credit. */
const ADDRESS_OPENING =
  /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{1,50},\s+(?:(?:the\s+)?(?:Department|Dept\.|Division|School|Faculty|Institute|University|Universit[éà]|Center|Centre|Laborator(?:y|ies)|Hospital|College|Program(?:me)?)\b)/;

/** First sentence (or the first 400 characters) of a paragraph. */
function opening(text: string): string {
  const head = text.slice(0, 400);
  const end = head.search(/[.!?。](?:\s|$)/);
  return end > 20 ? head.slice(0, end + 1) : head;
}

/** Every credit formula holds one of these: most paragraphs are dismissed before the costly patterns run. */
const ANY_CUE =
  /thank|grate|acknowledg|apprec|indebt|dedicat|memory|support|fund|financ|grant|award|sponsor|fellowship|scholarship|conceiv|conceptuali|design|perform|carried out|conduct|analy[sz]|wrote|draft|contribut|curation|methodolog|investigation|supervis|visuali|software|validation|resources|administration|responsib|agrade|remerci|danke?|ringrazi|bedank|gefördert|förderung|terima|感谢|感謝|謝|致谢|谢|감사|资助|基金|助成|研究|연구|지원/;

const WORK_HINT =
  /conceiv|conceptuali|design|perform|carried out|conduct|analy[sz]|wrote|draft|revis|edit|supervis|coordinat|direct|contribut|collect|acquir|generat|prepar|develop|interpret|obtain|creat|particip|\bled\b|built|implement|establish|responsib|involved|in charge|curation|methodolog|investigation|software|validation|visuali|resources|administration/;
const NONE = { count: 0, first: -1 };

/** How many times a global pattern matches, and where it first does (-1: nowhere). */
function matches(re: RegExp, text: string): { count: number; first: number } {
  re.lastIndex = 0;
  let count = 0;
  let first = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (count++ === 0) first = m.index;
  }
  return { count, first };
}

/** True when a paragraph opens as some other back matter (correspondence, competing interests, dates…). */
export function opensAsOtherBackmatter(text: string): boolean {
  const t = text.trimStart();
  return OTHER_BACKMATTER_OPENING.test(t.slice(0, 80).toLowerCase()) || ADDRESS_OPENING.test(t);
}

/**
 * What credit a paragraph states by its wording, or null. Contributions need names or initials doing
 * research work; thanks and funding need their formula at the start (strength 2) or in the first
 * sentence (strength 1). A paragraph of grant numbers alone is funding of strength 1.
 */
export function creditWording(paragraph: string): CreditWording | null {
  const text = paragraph.trim().replace(/^[\d*†‡§¶#\s.)\]]{1,4}(?=[^\d\s*†‡§¶#.)\]])/, '');
  if (text.length < 12 || opensAsOtherBackmatter(text)) return null;
  // The formulas are matched in lower case: case-insensitive patterns cost ten times more to compile,
  // which a reader pays on every page it is first run on.
  const lower = text.slice(0, 3000).toLowerCase();
  if (!ANY_CUE.test(lower)) return null;
  const first = opening(lower);
  const cue = (m: RegExpExecArray, from = 0) => text.slice(from + m.index, from + m.index + m[0].length);

  // The closing sentence of funding statements, wherever it stands (after a list of funders and awards).
  const noRole = FUNDERS_NO_ROLE.exec(text.slice(0, 1500));
  if (noRole) return { kind: 'funding', strength: 2, cue: noRole[0] };
  const thanksAtStart = THANKS_OPENING.exec(lower);
  if (thanksAtStart) return { kind: 'acknowledgements', strength: 2, cue: cue(thanksAtStart) };
  // FUNDING_EARLY ends in one of these words; its lazy count of leading words is costly to compile.
  const early = FUNDING_VERB.test(first) ? FUNDING_EARLY.exec(first) : null;
  // "… was supported by" counts when what follows names a funder or a grant (not "by L-cysteine").
  const funded =
    early && FUNDED_BY_WHOM.test(text.slice(early[0].length, early[0].length + 120)) ? early : null;
  const fundingAtStart = FUNDING_OPENING.exec(lower) ?? funded;
  if (fundingAtStart) return { kind: 'funding', strength: 2, cue: cue(fundingAtStart) };

  // Contributions: people doing research work, stated at least twice (or once with "all authors …").
  const head = text.slice(0, 3000);
  // The people-and-work patterns are costly; most paragraphs hold none of their verbs or roles.
  const worded = WORK_HINT.test(lower);
  const did = worded && PEOPLE_DID_GATE.test(head) ? matches(PEOPLE_DID, head) : NONE;
  const by = worded && WORK_BY_GATE.test(head) ? matches(WORK_BY, head) : NONE;
  const clauses = did.count + by.count;
  // The statement opens with it: a clause within its first words (a byline that mentions "contributed
  // equally" in passing is no contributions statement).
  const opensWithWork = (did.first >= 0 && did.first < 200) || (by.first >= 0 && by.first < 200);
  if (opensWithWork && (clauses >= 2 || (clauses >= 1 && ALL_AUTHORS.test(lower))))
    return { kind: 'contributions', strength: 2, cue: 'contribution statements' };
  const thanked = THANKED_PASSIVE.exec(lower.slice(0, 600));
  if (thanked) return { kind: 'acknowledgements', strength: 2, cue: cue(thanked) };

  const passive = FUNDING_PASSIVE.exec(first);
  if (passive && FUNDING_WORDS.test(lower.slice(0, 600)))
    return { kind: 'funding', strength: 1, cue: cue(passive) };
  const thanks = THANKS.exec(first);
  if (thanks && /^(?:we|i|the authors?|our|special|sincere|many)\b/.test(first))
    return { kind: 'acknowledgements', strength: 1, cue: cue(thanks) };
  if (clauses === 1 && did.first === 0)
    return { kind: 'contributions', strength: 1, cue: 'contribution statements' };
  const lead = text.slice(0, 300);
  if (GRANT_NUMBER.test(lead) && (FUNDING_WORDS.test(lead.toLowerCase()) || FUNDER.test(lead)))
    return { kind: 'funding', strength: 1, cue: 'grant numbers' };
  return null;
}

/**
 * Where a capitalised credit formula starts inside running text ("… (AVI) We thank Dr. …"): in a document
 * whose blocks were run into one line, that capital is the only trace of the paragraph break.
 */
const OPENING_INSIDE =
  /\s(?=(?:We|I|The authors?|All authors|This (?:work|study|research|project)|Funding|Supported|Financial support) (?:also |sincerely |gratefully |kindly |would like to |wish to |are |am |is |was |were |has been |have been )*(?:thank|acknowledge|grateful|indebted|supported|funded|financed|for this|was provided|from)\b)/g;

/** A run-together text cut before each capitalised credit formula it holds. */
export function splitAtCreditOpenings(text: string): string[] {
  const cuts = [0];
  for (const m of text.matchAll(OPENING_INSIDE)) if ((m.index ?? 0) > 0) cuts.push((m.index ?? 0) + 1);
  return cuts.map((c, i) => text.slice(c, cuts[i + 1] ?? text.length).trim()).filter(Boolean);
}
