/**
 * The heading vocabulary as data: every normalised heading (lower-case, numbering and trailing punctuation
 * removed: headings.ts) that opens a section of each kind, in the languages the corpus and the publishers
 * we read use. A label is looked up, not matched: on a page's first click no pattern is compiled for the
 * ~300 labels a large article has (docs/PERFORMANCE.md). Spelling variants are listed one by one (with
 * and without "s", with ' and ’); the few open forms ("appendix B", "ethics approval of …", a prefix before
 * "acknowledgements") are in headings.ts.
 */

export const ACKNOWLEDGEMENTS = `
  acknowledgement|acknowledgement and author contributions|acknowledgement and conflict of interest
  acknowledgement and conflict of interests|acknowledgement and conflicts of interest
  acknowledgement and conflicts of interests|acknowledgement and disclosure
  acknowledgement and disclosure of funding|acknowledgement and disclosures
  acknowledgement and financial support|acknowledgement and funding|acknowledgement of support
  acknowledgements|acknowledgements and author contributions|acknowledgements and conflict of interest
  acknowledgements and conflict of interests|acknowledgements and conflicts of interest
  acknowledgements and conflicts of interests|acknowledgements and disclosure
  acknowledgements and disclosure of funding|acknowledgements and disclosures
  acknowledgements and financial support|acknowledgements and funding|acknowledgment
  acknowledgment and author contributions|acknowledgment and conflict of interest
  acknowledgment and conflict of interests|acknowledgment and conflicts of interest
  acknowledgment and conflicts of interests|acknowledgment and disclosure
  acknowledgment and disclosure of funding|acknowledgment and disclosures
  acknowledgment and financial support|acknowledgment and funding|acknowledgments
  acknowledgments and author contributions|acknowledgments and conflict of interest
  acknowledgments and conflict of interests|acknowledgments and conflicts of interest
  acknowledgments and conflicts of interests|acknowledgments and disclosure
  acknowledgments and disclosure of funding|acknowledgments and disclosures
  acknowledgments and financial support|acknowledgments and funding|agradecimento|agradecimentos
  agradecimiento|agradecimientos|dank|dankbetuiging|danksagung|danksagungen|dankwoord|penghargaan
  remerciement|remerciements|ringraziamenti|terima kasih|thanks|ucapan terima kasih|ucapan terimakasih|致謝
  致谢|謝辞|谢辞|감사의 글|감사의 말|사사
`;

export const FUNDING = `
  dana|financement|financiacion|financiación|financial source|financial sources|financial support
  financiamento|financiamiento|financiering|finanziamento|finanzierung|fonte de financiamento
  fontes de financiamento|forderung|fuente de financiacion|fuente de financiación|fuentes de financiacion
  fuentes de financiación|funded by|funding|funding and support|funding details|funding information
  funding source|funding sources|funding statement|funding support|förderung|grant information
  grant support|pendanaan|research funding|role of the funding source|role of the funding sources
  source de financement|source of funding|sources de financement|sources of funding|基金|基金项目|研究資金|資金|资助|연구비
`;

export const CONTRIBUTIONS = `
  auteursbijdragen|author contribution|author contribution statement|author contributions
  author contributions statement|author statement|author statements|author' contribution
  author' contribution statement|author' contributions|author' contributions statement|author'contribution
  author'contribution statement|author'contributions|author'contributions statement|authorcontribution
  authorcontribution statement|authorcontributions|authorcontributions statement|authors contribution
  authors contribution statement|authors contributions|authors contributions statement
  authors' contribution|authors' contribution statement|authors' contributions
  authors' contributions statement|authors'contribution|authors'contribution statement
  authors'contributions|authors'contributions statement|authorscontribution|authorscontribution statement
  authorscontributions|authorscontributions statement|authorship contribution
  authorship contribution statement|authorship contributions|authorship contributions statement
  authors’ contribution|authors’ contribution statement|authors’ contributions
  authors’ contributions statement|authors’contribution|authors’contribution statement
  authors’contributions|authors’contributions statement|author’ contribution
  author’ contribution statement|author’ contributions|author’ contributions statement|author’contribution
  author’contribution statement|author’contributions|author’contributions statement|autorenbeitrage
  autorenbeiträge|beitrage der autoren|beitrage der autorinnen|beiträge der autoren
  beiträge der autorinnen|bijdragen van de auteurs|contribuciones de autores|contribuciones de los autores
  contribución de autor|contribución de autores|contribución de los autor|contribución de los autores
  contribuição autor|contribuição autores|contribuição dos autor|contribuição dos autores
  contribuições dos autores|contributi degli autori|contribution|contribution des auteurs|contributions
  contributions des auteurs|contributo degli autori|contributors|credit authorship contribution statement
  credit authorship statement|credit contribution statement|credit statement|kontribusi penulis
  sumbangan penulis|the author contribution|the author contribution statement|the author contributions
  the author contributions statement|the author' contribution|the author' contribution statement
  the author' contributions|the author' contributions statement|the author'contribution
  the author'contribution statement|the author'contributions|the author'contributions statement
  the authorcontribution|the authorcontribution statement|the authorcontributions
  the authorcontributions statement|the authors contribution|the authors contribution statement
  the authors contributions|the authors contributions statement|the authors' contribution
  the authors' contribution statement|the authors' contributions|the authors' contributions statement
  the authors'contribution|the authors'contribution statement|the authors'contributions
  the authors'contributions statement|the authorscontribution|the authorscontribution statement
  the authorscontributions|the authorscontributions statement|the authors’ contribution
  the authors’ contribution statement|the authors’ contributions|the authors’ contributions statement
  the authors’contribution|the authors’contribution statement|the authors’contributions
  the authors’contributions statement|the author’ contribution|the author’ contribution statement
  the author’ contributions|the author’ contributions statement|the author’contribution
  the author’contribution statement|the author’contributions|the author’contributions statement|作者貢獻|作者贡献
  著者の貢献|저자 기여
`;

export const METHODS = `
  bahan dan metode|experimental|experimental & method|experimental & methods|experimental and method
  experimental and methods|experimental details|experimental procedure|experimental procedures
  experimental section|experimental, & method|experimental, & methods|experimental, and method
  experimental, and methods|materiaal en methoden|materiais e métodos|material & method|material & methods
  material and method|material and methods|material und methoden|material, & method|material, & methods
  material, and method|material, and methods|materiales y métodos|materiali e metodi
  materialien und methoden|materials & method|materials & methods|materials and method
  materials and methods|materials, & method|materials, & methods|materials, and method
  materials, and methods|matériel et méthodes|matériels et méthodes|method|method and material
  method and materials|methoden|methoden en materialen|methodology|methods|methods and material
  methods and materials|metode|metode penelitian|metodi|méthodes|método|métodos|online methods
  participant & method|participant & methods|participant and method|participant and methods
  participant, & method|participant, & methods|participant, and method|participant, and methods
  participants & method|participants & methods|participants and method|participants and methods
  participants, & method|participants, & methods|participants, and method|participants, and methods
  patient & method|patient & methods|patient and method|patient and methods|patient, & method
  patient, & methods|patient, and method|patient, and methods|patients & method|patients & methods
  patients and method|patients and methods|patients, & method|patients, & methods|patients, and method
  patients, and methods|star * methods|star *methods|star methods|star ★ methods|star ★methods
  star* methods|star*methods|starmethods|star★ methods|star★methods|subject & method|subject & methods
  subject and method|subject and methods|subject, & method|subject, & methods|subject, and method
  subject, and methods|subjects & method|subjects & methods|subjects and method|subjects and methods
  subjects, & method|subjects, & methods|subjects, and method|subjects, and methods|方法|材料と方法|材料和方法|材料與方法
  방법|재료 및 방법
`;

export const REFERENCES = `
  bibliografia|bibliographie|bibliography|daftar pustaka|literatur|literature cited|literaturverzeichnis
  literatuur|notes and references|reference|reference and notes|references|references and notes
  referencias|referencias bibliográficas|referenties|referências|referências bibliográficas|riferimenti
  riferimenti bibliografici|rujukan|références|références bibliographiques|works cited|参考文献|參考文獻|참고문헌
`;

export const OTHER_BACKMATTER = `
  abbreviations|about this article|additional file|additional files|additional information|appendix|appendices
  article information|author information|author note|author notes|author response|author's note
  author's notes|authors note|authors notes|author’s note|author’s notes
  availability of data and materials|cite this article|code availability|code availability statement
  competing financial interest|competing financial interest statement|competing financial interests
  competing financial interests statement|competing interest|competing interest statement
  competing interests|competing interests statement|conflict of financial interest
  conflict of financial interest statement|conflict of financial interests
  conflict of financial interests statement|conflict of interest|conflict of interest disclosure
  conflict of interest statement|conflict of interests|conflict of interests disclosure
  conflict of interests statement|conflicting financial interest|conflicting financial interest statement
  conflicting financial interests|conflicting financial interests statement|conflicting interest
  conflicting interest statement|conflicting interests|conflicting interests statement
  conflicto de intereses|conflicts of financial interest|conflicts of financial interest statement
  conflicts of financial interests|conflicts of financial interests statement|conflicts of interest
  conflicts of interest disclosure|conflicts of interest statement|conflicts of interests
  conflicts of interests disclosure|conflicts of interests statement|conflit d'intérêt|conflit d'intérêts
  conflit d’intérêt|conflit d’intérêts|conflito de interesse|conflito de interesses|conflitos de interesse
  conflitos de interesses|conflits d'intérêt|conflits d'intérêts|conflits d’intérêt|conflits d’intérêts
  conflitto di interessi|consent for publication|copyright|data accessibility|data and code availability
  data and code availability statement|data availability|data availability statement|data sharing
  data sharing statement|decision letter|declaration of competing financial interest
  declaration of competing financial interest statement|declaration of competing financial interests
  declaration of competing financial interests statement|declaration of competing interest
  declaration of competing interest statement|declaration of competing interests
  declaration of competing interests statement|declaration of conflicting interest
  declaration of conflicting interests|declaration of interest|declaration of interests|declarations
  declarations of competing interest|declarations of competing interests
  declarations of conflicting interest|declarations of conflicting interests|declarations of interest
  declarations of interests|disclosure|disclosure of competing interest|disclosure of competing interests
  disclosure of conflicting interest|disclosure of conflicting interests|disclosure of interest
  disclosure of interests|disclosure statement|disclosures|disclosures of competing interest
  disclosures of competing interests|disclosures of conflicting interest
  disclosures of conflicting interests|disclosures of interest|disclosures of interests
  disclosures statement|editor's evaluation|editor’s evaluation|elife assessment|ethical approval
  ethical considerations|ethical statement|ethics|ethics declaration|ethics declarations|ethics statement
  figure|figures|financial disclosure|financial disclosures|footnotes|glossary|interessenkonflikt
  konflik kepentingan|license|notes|open access|peer review|peer review history|peer review report
  publisher's note|publisher’s note|related article|related articles|review history|reviewer report
  reviewer reports|reviewer's report|reviewer's reports|reviewers' report|reviewers' reports
  reviewers’ report|reviewers’ reports|reviewer’s report|reviewer’s reports|rights and permissions
  software availability|software availability statement|statement of competing interest
  statement of competing interests|statement of conflicting interest|statement of conflicting interests
  statement of interest|statement of interests|statements of competing interest
  statements of competing interests|statements of conflicting interest|statements of conflicting interests
  statements of interest|statements of interests|supplementary data|supplementary files
  supplementary information|supplementary material|supplementary materials|supporting information|table
  tables|利益冲突|利益相反|이해관계
`;

export const NOTES = `
  additional information|anmerkungen|article information|article notes|author information|author note
  author notes|author's note|author's notes|author's' note|author's' notes|author's’ note|author's’ notes
  authors note|authors notes|authors' note|authors' notes|authors’ note|authors’ notes|author’s note
  author’s notes|author’s' note|author’s' notes|author’s’ note|author’s’ notes|back matter|declaration
  declarations|end note|end notes|endnote|endnotes|footnote|footnotes|fußnoten|information|nota|notas|note
  note about author|note about authors|note about contributor|note about contributors
  note about the author|note about the authors|note about the contributor|note about the contributors
  note on author|note on authors|note on contributor|note on contributors|note on the author
  note on the authors|note on the contributor|note on the contributors|notes|notes about author
  notes about authors|notes about contributor|notes about contributors|notes about the author
  notes about the authors|notes about the contributor|notes about the contributors|notes on author
  notes on authors|notes on contributor|notes on contributors|notes on the author|notes on the authors
  notes on the contributor|notes on the contributors|statement|statement and declarations|statements
  statements and declarations|注|注释|脚注
`;

/** The words of a list above, one per entry. */
export function vocabulary(list: string): Set<string> {
  return new Set(
    list
      .split(/[|\n]/)
      .map((w) => w.trim())
      .filter(Boolean),
  );
}
