/**
 * Citation corpus: sentences written the way UN editors cite documents in each of the six
 * languages (forms from the UN Editorial Manual, the Dag Hammarskjöld Library guides and published
 * documents), with the links expected in each. Negatives expect `[]`.
 *
 * `expect` lists `[link text, canonical symbol]` in document order. Cases with `markdown: true`
 * are Markdown and go through the remark plugin (existing links, code); the others go straight
 * to `findCitations`.
 */
import type { LanguageCode } from '../../scripts/languages/index.ts';

export interface CorpusCase {
  lang: LanguageCode;
  text: string;
  expect: [text: string, symbol: string][];
  markdown?: boolean;
}

const en: Omit<CorpusCase, 'lang'>[] = [
  // Full symbols of many bodies
  { text: 'See the report of the Secretary-General (A/76/123).', expect: [['A/76/123', 'A/76/123']] },
  { text: 'as adopted in General Assembly resolution A/RES/74/32.', expect: [['A/RES/74/32', 'A/RES/74/32']] },
  { text: 'Draft resolution A/C.1/76/L.3 was introduced.', expect: [['A/C.1/76/L.3', 'A/C.1/76/L.3']] },
  { text: 'the draft conclusions (E/CN.6/2020/L.1)', expect: [['E/CN.6/2020/L.1', 'E/CN.6/2020/L.1']] },
  { text: 'Letter dated 1 March 2021 (S/2021/123).', expect: [['S/2021/123', 'S/2021/123']] },
  { text: 'Security Council resolution S/RES/2231 (2015) endorsed the plan.', expect: [['S/RES/2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'Working paper NPT/CONF.2020/WP.20 was submitted.', expect: [['NPT/CONF.2020/WP.20', 'NPT/CONF.2020/WP.20']] },
  { text: 'the final report (CCW/MSP/2019/9).', expect: [['CCW/MSP/2019/9', 'CCW/MSP/2019/9']] },
  { text: 'Resolution A/HRC/RES/46/1 concerns Sri Lanka.', expect: [['A/HRC/RES/46/1', 'A/HRC/RES/46/1']] },
  { text: 'Bulletin ST/SGB/2019/8 applies.', expect: [['ST/SGB/2019/8', 'ST/SGB/2019/8']] },
  { text: 'The statement by the President (S/PRST/2021/5) was read.', expect: [['S/PRST/2021/5', 'S/PRST/2021/5']] },
  // Suffixes
  { text: 'See A/76/123/Add.1 and A/76/123/Corr.2.', expect: [['A/76/123/Add.1', 'A/76/123/Add.1'], ['A/76/123/Corr.2', 'A/76/123/Corr.2']] },
  { text: 'The revised text (A/C.1/76/L.3/Rev.1) replaces it.', expect: [['A/C.1/76/L.3/Rev.1', 'A/C.1/76/L.3/Rev.1']] },
  { text: 'Amendment A/C.3/75/L.12/Amend.1 was rejected.', expect: [['A/C.3/75/L.12/Amend.1', 'A/C.3/75/L.12/Amend.1']] },
  { text: 'The addendum (A/75/6/Rev.1/Add.2) is attached.', expect: [['A/75/6/Rev.1/Add.2', 'A/75/6/Rev.1/Add.2']] },
  // Reissue star: not part of the symbol, stays outside the link
  { text: 'Reissued for technical reasons as A/76/123*.', expect: [['A/76/123', 'A/76/123']] },
  // Double symbol: two links
  { text: 'Identical letters (A/47/975-S/26063) were sent.', expect: [['A/47/975', 'A/47/975'], ['S/26063', 'S/26063']] },
  // Running-text GA citations
  { text: 'Recalling General Assembly resolution 74/32 of 12 December 2019,', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'General Assembly resolutions 68/32, 70/34 and 74/54 call for negotiations.', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['74/54', 'A/RES/74/54']] },
  { text: 'Recalling its resolutions 68/32 of 5 December 2013, 69/58 of 2 December 2014 and 70/34 of 7 December 2015,', expect: [['68/32', 'A/RES/68/32'], ['69/58', 'A/RES/69/58'], ['70/34', 'A/RES/70/34']] },
  { text: 'pursuant to resolution 75/45 and subsequent resolutions', expect: [['75/45', 'A/RES/75/45']] },
  { text: 'In its decision 75/512, the Assembly decided to defer the item.', expect: [['75/512', 'A/DEC/75/512']] },
  { text: 'The Assembly adopted resolution 1514 (XV) in 1960.', expect: [['1514 (XV)', 'A/RES/1514 (XV)']] },
  { text: 'the Final Document of the Tenth Special Session (resolution S-10/2)', expect: [['S-10/2', 'A/RES/S-10/2']] },
  { text: 'General Assembly resolution ES-11/1 of 2 March 2022', expect: [['ES-11/1', 'A/RES/ES-11/1']] },
  { text: 'as requested in resolution 31/16 A of 9 November 1976', expect: [['31/16 A', 'A/RES/31/16 A']] },
  { text: 'the Assembly resolution 60/251 established the Council.', expect: [['60/251', 'A/RES/60/251']] },
  { text: 'resolution 74/32 of the General Assembly', expect: [['74/32', 'A/RES/74/32']] },
  // Security Council
  { text: 'Security Council resolution 2231 (2015) endorsed the Plan.', expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'Security Council resolutions 1718 (2006), 1874 (2009) and 2094 (2013) impose measures.', expect: [['1718 (2006)', 'S/RES/1718 (2006)'], ['1874 (2009)', 'S/RES/1874 (2009)'], ['2094 (2013)', 'S/RES/2094 (2013)']] },
  { text: 'in accordance with resolution 1540 (2004),', expect: [['1540 (2004)', 'S/RES/1540 (2004)']] },
  { text: 'General Assembly resolution 74/32 and Security Council resolution 2231 (2015)', expect: [['74/32', 'A/RES/74/32'], ['2231 (2015)', 'S/RES/2231 (2015)']] },
  // HRC and ECOSOC where named
  { text: 'Human Rights Council resolution 46/1 on promoting reconciliation', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: 'Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007', expect: [['5/1', 'A/HRC/RES/5/1'], ['5/2', 'A/HRC/RES/5/2']] },
  { text: 'Economic and Social Council resolution 2020/12 on the Commission', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: 'Economic and Social Council decision 2020/205', expect: [['2020/205', 'E/DEC/2020/205']] },
  { text: 'Human Rights Council resolution S-29/1 on Myanmar', expect: [['S-29/1', 'A/HRC/RES/S-29/1']] },
  { text: 'General Assembly resolutions 1514 (XV) and 1541 (XV)', expect: [['1514 (XV)', 'A/RES/1514 (XV)'], ['1541 (XV)', 'A/RES/1541 (XV)']] },
  { text: 'the Assembly adopted resolution 1991 A (XVIII)', expect: [['1991 A (XVIII)', 'A/RES/1991 A (XVIII)']] },
  { text: 'the Universal Declaration (A/RES/217 A (III))', expect: [['A/RES/217 A (III)', 'A/RES/217 A (III)']] },
  { text: "the Council's resolution 2231 (2015)", expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'Economic and Social Council resolution 1296 (XLIV)', expect: [['1296 (XLIV)', 'E/RES/1296 (XLIV)']] },
  { text: '(see resolution 74/32, para. 5)', expect: [['74/32', 'A/RES/74/32']] },
  // Negatives
  { text: 'Trusteeship Council resolution 2231 (2015)', expect: [] },
  { text: 'Governing Council decision 27/2 and IAEA resolution 2231 (2015)', expect: [] },
  { text: 'by decision 2/CP.21 of the Conference of the Parties', expect: [] },
  { text: 'The meeting was held on 4/5/2021 in Geneva.', expect: [] },
  { text: 'About 1/2 of the States and a 3/4 majority voted.', expect: [] },
  { text: 'The ratio was 3/1 in favour.', expect: [] },
  { text: 'The hotline is staffed 24/7.', expect: [] },
  { text: 'See pages 74-32 and paras. 3-5 of the report.', expect: [] },
  { text: 'as set out in paragraph 74 (2015) above', expect: [] },
  { text: 'The figure 74/32 appears without any citation word.', expect: [] },
  { text: 'Text at https://undocs.org/en/A/RES/74/32 and www.un.org/resolution/74/32 is online.', expect: [] },
  { text: 'Run `resolution 74/32` in the shell.', expect: [] },
  { text: 'United Nations Environment Assembly resolution 4/1', expect: [] },
  { text: 'UNEA resolution 5/2 on plastics', expect: [] },
  { text: 'Security Council resolution 74/32 (a contradiction: no link)', expect: [] },
  { text: 'decision 1514 (XV) is not a thing', expect: [] },
  { text: 'resolution 74/32/Add.1', expect: [] },
  { text: 'The protocols TCP/IP and I/O and AC/DC are not symbols.', expect: [] },
  { text: 'Council resolution 46/1 (which Council?)', expect: [] },
  // Markdown: existing links and code stay as they are
  { markdown: true, text: 'See [resolution 74/32](https://undocs.org/A/RES/74/32) and resolution 75/45.', expect: [['75/45', 'A/RES/75/45']] },
  { markdown: true, text: 'Type `resolution 74/32` or\n\n```\nA/RES/74/32\n```', expect: [] },
];

const fr: Omit<CorpusCase, 'lang'>[] = [
  { text: "résolutions 68/32 et 70/34 de l'Assemblée générale", expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: "la résolution 74/32 de l'Assemblée générale, en date du 12 décembre 2019", expect: [['74/32', 'A/RES/74/32']] },
  { text: 'la résolution 2160 (2014) du Conseil de sécurité', expect: [['2160 (2014)', 'S/RES/2160 (2014)']] },
  { text: 'les résolutions 68/32, 70/34, 71/71, 72/251, 73/40 et 74/54 de l’Assemblée générale', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'], ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54']] },
  { text: 'conformément à la résolution 75/45 et aux résolutions ultérieures', expect: [['75/45', 'A/RES/75/45']] },
  { text: 'les résolutions 1718 (2006), 1874 (2009) et 2094 (2013) du Conseil de sécurité', expect: [['1718 (2006)', 'S/RES/1718 (2006)'], ['1874 (2009)', 'S/RES/1874 (2009)'], ['2094 (2013)', 'S/RES/2094 (2013)']] },
  { text: 'la résolution 46/1 du Conseil des droits de l’homme', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: 'la résolution 2020/12 du Conseil économique et social', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: "la décision 75/512 de l'Assemblée générale", expect: [['75/512', 'A/DEC/75/512']] },
  { text: 'la résolution 1514 (XV) du 14 décembre 1960', expect: [['1514 (XV)', 'A/RES/1514 (XV)']] },
  { text: 'la résolution S-10/2 et la résolution ES-11/1', expect: [['S-10/2', 'A/RES/S-10/2'], ['ES-11/1', 'A/RES/ES-11/1']] },
  { text: 'Résolution 31/16 A, adoptée le 9 novembre 1976', expect: [['31/16 A', 'A/RES/31/16 A']] },
  { text: "les résolutions 68/32 du 5 décembre 2013 et 70/34 du 7 décembre 2015 de l'Assemblée générale", expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: 'Voir le document A/76/123/Add.1 et la lettre S/2021/123.', expect: [['A/76/123/Add.1', 'A/76/123/Add.1'], ['S/2021/123', 'S/2021/123']] },
  { text: 'Document de travail NPT/CONF.2020/WP.20*', expect: [['NPT/CONF.2020/WP.20', 'NPT/CONF.2020/WP.20']] },
  { text: 'la résolution 2231 (2015) du Conseil, en date du 20 juillet 2015', expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  // Negatives
  { text: 'la réunion du 4/5/2021', expect: [] },
  { text: 'la résolution 2231 (2015) du Conseil d’administration', expect: [] },
  { text: 'le chiffre 74/32 sans mot de citation', expect: [] },
  { text: 'le service fonctionne 24/7', expect: [] },
  { text: "la résolution 72/1 de l'Assemblée mondiale de la Santé", expect: [] },
  { text: 'la résolution 74/32 du Conseil de sécurité (contradiction)', expect: [] },
  { text: 'aux paragraphes 3 à 5 et à la page 74/75', expect: [] },
];

const es: Omit<CorpusCase, 'lang'>[] = [
  { text: 'la resolución 2231 (2015) del Consejo de Seguridad', expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'la resolución 68/268 de la Asamblea General', expect: [['68/268', 'A/RES/68/268']] },
  { text: 'las resoluciones 68/32, 70/34, 71/71, 72/251, 73/40 y 74/54 de la Asamblea General', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'], ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54']] },
  { text: 'de conformidad con la resolución 74/32 de la Asamblea General.', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'la resolución 74/32 de la Asamblea General, de 12 de diciembre de 2019', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'las resoluciones 1718 (2006) y 1874 (2009) del Consejo de Seguridad', expect: [['1718 (2006)', 'S/RES/1718 (2006)'], ['1874 (2009)', 'S/RES/1874 (2009)']] },
  { text: 'la resolución 46/1 del Consejo de Derechos Humanos', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: 'la resolución 2020/12 del Consejo Económico y Social', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: 'la decisión 75/512 de la Asamblea General', expect: [['75/512', 'A/DEC/75/512']] },
  { text: 'la resolución 1514 (XV) de la Asamblea General', expect: [['1514 (XV)', 'A/RES/1514 (XV)']] },
  { text: 'las resoluciones S-10/2 y ES-11/1', expect: [['S-10/2', 'A/RES/S-10/2'], ['ES-11/1', 'A/RES/ES-11/1']] },
  { text: 'la resolución 31/16 A de la Asamblea General', expect: [['31/16 A', 'A/RES/31/16 A']] },
  { text: 'las resoluciones 68/32, de 5 de diciembre de 2013, y 70/34, de 7 de diciembre de 2015', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: 'véase el documento A/47/975-S/26063', expect: [['A/47/975', 'A/47/975'], ['S/26063', 'S/26063']] },
  { text: 'el proyecto A/C.1/76/L.3/Rev.1', expect: [['A/C.1/76/L.3/Rev.1', 'A/C.1/76/L.3/Rev.1']] },
  { text: 'Resolución 2254 (2015) del Consejo de Seguridad', expect: [['2254 (2015)', 'S/RES/2254 (2015)']] },
  // Negatives
  { text: 'la sesión del 4/5/2021', expect: [] },
  { text: 'una proporción de 3/1', expect: [] },
  { text: 'el número 74/32 sin palabra de cita', expect: [] },
  { text: 'la resolución 4/1 de la Asamblea de las Naciones Unidas sobre el Medio Ambiente', expect: [] },
  { text: 'la resolución 74/32 del Consejo de Seguridad (contradicción)', expect: [] },
  { text: 'véanse los párrafos 3 a 5 (2015)', expect: [] },
];

const ru: Omit<CorpusCase, 'lang'>[] = [
  { text: 'резолюции 2254 (2015) Совета Безопасности', expect: [['2254 (2015)', 'S/RES/2254 (2015)']] },
  { text: 'резолюция 74/32 Генеральной Ассамблеи', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'принятие резолюций 68/32, 70/34, 71/71, 72/251, 73/40 и 74/54 Генеральной Ассамблеи', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'], ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54']] },
  { text: 'в соответствии с резолюцией 75/45 и последующими резолюциями', expect: [['75/45', 'A/RES/75/45']] },
  { text: 'резолюции Совета Безопасности 1718 (2006) и 1874 (2009)', expect: [['1718 (2006)', 'S/RES/1718 (2006)'], ['1874 (2009)', 'S/RES/1874 (2009)']] },
  { text: 'резолюция 46/1 Совета по правам человека', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: 'резолюция 2020/12 Экономического и Социального Совета', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: 'решение 75/512 Генеральной Ассамблеи', expect: [['75/512', 'A/DEC/75/512']] },
  { text: 'резолюция 1514 (XV) Генеральной Ассамблеи', expect: [['1514 (XV)', 'A/RES/1514 (XV)']] },
  { text: 'резолюции S-10/2 и ES-11/1', expect: [['S-10/2', 'A/RES/S-10/2'], ['ES-11/1', 'A/RES/ES-11/1']] },
  { text: 'резолюция 31/16 A Генеральной Ассамблеи', expect: [['31/16 A', 'A/RES/31/16 A']] },
  { text: 'резолюция 31/16 А (кириллическая буква)', expect: [['31/16 А', 'A/RES/31/16 A']] },
  { text: 'резолюции 68/32 от 5 декабря 2013 года и 70/34 от 7 декабря 2015 года', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: 'Резолюция 2231 (2015) Совета Безопасности', expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'см. документ A/76/123/Corr.2 и S/2021/123', expect: [['A/76/123/Corr.2', 'A/76/123/Corr.2'], ['S/2021/123', 'S/2021/123']] },
  { text: 'рабочий документ NPT/CONF.2020/WP.20', expect: [['NPT/CONF.2020/WP.20', 'NPT/CONF.2020/WP.20']] },
  // Negatives
  { text: 'резолюцию Генеральной Ассамблеи 74/32', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'заседание 4/5/2021', expect: [] },
  { text: 'работает 24/7', expect: [] },
  { text: 'число 74/32 без ссылки', expect: [] },
  { text: 'резолюция 72/1 Всемирной ассамблеи здравоохранения', expect: [] },
  { text: 'резолюция 74/32 Совета Безопасности (противоречие)', expect: [] },
  { text: 'пункты 3–5 (2015) доклада', expect: [] },
];

const zh: Omit<CorpusCase, 'lang'>[] = [
  { text: '第 68/32、70/34 和 71/71 号决议', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71']] },
  { text: '安理会第 2231(2015) 号决议', expect: [['2231(2015)', 'S/RES/2231 (2015)']] },
  { text: '大会第 74/32 号决议', expect: [['74/32', 'A/RES/74/32']] },
  { text: '大会第74/32号决议', expect: [['74/32', 'A/RES/74/32']] },
  { text: '大会通过题为“2013 年核裁军问题大会高级别会议后续行动”的第 68/32、70/34、71/71、72/251、73/40 和 74/54 号决议', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'], ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54']] },
  { text: '根据第 75/45 号决议及随后各项决议', expect: [['75/45', 'A/RES/75/45']] },
  { text: '安全理事会第 1718(2006)、1874(2009) 和 2094(2013) 号决议', expect: [['1718(2006)', 'S/RES/1718 (2006)'], ['1874(2009)', 'S/RES/1874 (2009)'], ['2094(2013)', 'S/RES/2094 (2013)']] },
  { text: '人权理事会第 46/1 号决议', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: '经济及社会理事会第 2020/12 号决议', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: '大会第 75/512 号决定', expect: [['75/512', 'A/DEC/75/512']] },
  { text: '大会第 1514(XV) 号决议', expect: [['1514(XV)', 'A/RES/1514 (XV)']] },
  { text: '第 S-10/2 号决议和第 ES-11/1 号决议', expect: [['S-10/2', 'A/RES/S-10/2'], ['ES-11/1', 'A/RES/ES-11/1']] },
  { text: '大会第 31/16 A 号决议', expect: [['31/16 A', 'A/RES/31/16 A']] },
  { text: '大会 2019 年 12 月 12 日第 74/32 号决议', expect: [['74/32', 'A/RES/74/32']] },
  { text: '第 68/32 号和第 70/34 号决议', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: '见 A/76/123/Add.1 号文件和 S/2021/123', expect: [['A/76/123/Add.1', 'A/76/123/Add.1'], ['S/2021/123', 'S/2021/123']] },
  { text: '工作文件NPT/CONF.2020/WP.20', expect: [['NPT/CONF.2020/WP.20', 'NPT/CONF.2020/WP.20']] },
  { text: '安理会第 2231（2015）号决议', expect: [['2231（2015）', 'S/RES/2231 (2015)']] },
  // Negatives
  { text: '在审查 2010 年审议大会《最后文件》的行动 5(c)方面', expect: [] },
  { text: '1995 年决定第 3 段和第 4 段(c)分段', expect: [] },
  { text: '根据行动 5(g)提高透明度', expect: [] },
  { text: '会议于 4/5/2021 举行', expect: [] },
  { text: '数字 74/32 不是引文', expect: [] },
  { text: '第 74/32 段', expect: [] },
  { text: '安理会第 74/32 号决议(矛盾)', expect: [] },
];

const ar: Omit<CorpusCase, 'lang'>[] = [
  { text: 'قرار مجلس الأمن 2231 (2015)', expect: [['2231 (2015)', 'S/RES/2231 (2015)']] },
  { text: 'قرارات الجمعية العامة 68/32 و 70/34', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: 'قرار الجمعية العامة 74/32', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'وفقاً لقرار الجمعية العامة 74/32.', expect: [['74/32', 'A/RES/74/32']] },
  { text: 'وفقاً للقرار 75/45 والقرارات اللاحقة', expect: [['75/45', 'A/RES/75/45']] },
  { text: 'واتخاذ القرار 69/58 بشأن هذا الموضوع', expect: [['69/58', 'A/RES/69/58']] },
  { text: 'قرارات الجمعية العامة 68/32 و 70/34 و 71/71 و 72/251 و 73/40 و 74/54', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34'], ['71/71', 'A/RES/71/71'], ['72/251', 'A/RES/72/251'], ['73/40', 'A/RES/73/40'], ['74/54', 'A/RES/74/54']] },
  { text: 'قرار مجلس الأمن 841 (1993)', expect: [['841 (1993)', 'S/RES/841 (1993)']] },
  { text: 'قرارات مجلس الأمن 1718 (2006) و 1874 (2009)', expect: [['1718 (2006)', 'S/RES/1718 (2006)'], ['1874 (2009)', 'S/RES/1874 (2009)']] },
  { text: 'قرار مجلس حقوق الإنسان 46/1', expect: [['46/1', 'A/HRC/RES/46/1']] },
  { text: 'قرار المجلس الاقتصادي والاجتماعي 2020/12', expect: [['2020/12', 'E/RES/2020/12']] },
  { text: 'مقرر الجمعية العامة 75/512', expect: [['75/512', 'A/DEC/75/512']] },
  { text: 'قرار الجمعية العامة 1514 (د-15)', expect: [['1514 (د-15)', 'A/RES/1514 (XV)']] },
  { text: 'القرار دإ-10/2 والقرار دإط-11/1', expect: [['دإ-10/2', 'A/RES/S-10/2'], ['دإط-11/1', 'A/RES/ES-11/1']] },
  { text: 'قرار الجمعية العامة 31/16 ألف', expect: [['31/16 ألف', 'A/RES/31/16 A']] },
  { text: 'وإذ تشير إلى قراراتها 68/32 المؤرخ 5 كانون الأول/ديسمبر 2013 و 70/34 المؤرخ 7 كانون الأول/ديسمبر 2015', expect: [['68/32', 'A/RES/68/32'], ['70/34', 'A/RES/70/34']] },
  { text: 'الوثيقة A/76/123/Rev.1 والرسالتان المتطابقتان A/47/975-S/26063', expect: [['A/76/123/Rev.1', 'A/76/123/Rev.1'], ['A/47/975', 'A/47/975'], ['S/26063', 'S/26063']] },
  { text: 'ورقة العمل NPT/CONF.2020/WP.20', expect: [['NPT/CONF.2020/WP.20', 'NPT/CONF.2020/WP.20']] },
  // Negatives
  { text: 'الاجتماع المعقود في 4/5/2021', expect: [] },
  { text: 'الرقم 74/32 دون كلمة قرار قريبة', expect: [] },
  { text: 'على مدار الساعة 24/7', expect: [] },
  { text: 'قرار مجلس الأمن 74/32 (تناقض)', expect: [] },
  { text: 'الفقرات 3-5 (2015)', expect: [] },
];

function withLang(lang: LanguageCode, cases: Omit<CorpusCase, 'lang'>[]): CorpusCase[] {
  return cases.map((c) => ({ lang, ...c }));
}

export const CORPUS: CorpusCase[] = [
  ...withLang('en', en),
  ...withLang('fr', fr),
  ...withLang('es', es),
  ...withLang('ru', ru),
  ...withLang('zh', zh),
  ...withLang('ar', ar),
];
