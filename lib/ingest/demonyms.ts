/**
 * Demonyms and the short forms news text uses, by ISO 3166-1 alpha-2 code. i18n-iso-countries gives
 * the names; no maintained registry package gives adjectives ("Japanese", "American"), so they are
 * listed here as data. Ambiguous words ("Korean", "Congolese") are left out on purpose.
 */
export const DEMONYMS: Record<string, string[]> = {
  AF: ["Afghan"], AL: ["Albanian"], DZ: ["Algerian"], AR: ["Argentine", "Argentinian"], AM: ["Armenian"],
  AU: ["Australian"], AT: ["Austrian"], AZ: ["Azerbaijani"], BD: ["Bangladeshi"], BY: ["Belarusian"],
  BE: ["Belgian"], BR: ["Brazilian"], BG: ["Bulgarian"], KH: ["Cambodian"], CA: ["Canadian"],
  CL: ["Chilean"], CN: ["Chinese", "Beijing"], CO: ["Colombian"], HR: ["Croatian"], CU: ["Cuban"],
  CY: ["Cypriot"], CZ: ["Czech"], DK: ["Danish"], EG: ["Egyptian"], EE: ["Estonian"], ET: ["Ethiopian"],
  FI: ["Finnish"], FR: ["French", "Paris"], GE: ["Georgian"], DE: ["German", "Berlin"], GH: ["Ghanaian"],
  GR: ["Greek"], HU: ["Hungarian"], IS: ["Icelandic"], IN: ["Indian", "New Delhi"], ID: ["Indonesian"],
  IR: ["Iranian", "Tehran"], IQ: ["Iraqi"], IE: ["Irish"], IL: ["Israeli"], IT: ["Italian"],
  JP: ["Japanese", "Tokyo"], JO: ["Jordanian"], KZ: ["Kazakh"], KE: ["Kenyan"], KP: ["North Korean", "Pyongyang", "DPRK"],
  KR: ["South Korean", "Seoul", "ROK"], KW: ["Kuwaiti"], LV: ["Latvian"], LB: ["Lebanese"], LT: ["Lithuanian"],
  LU: ["Luxembourgish"], MY: ["Malaysian"], MX: ["Mexican"], MD: ["Moldovan"], MN: ["Mongolian"], ME: ["Montenegrin"],
  MA: ["Moroccan"], MM: ["Myanmar", "Burmese"], NL: ["Dutch"], NZ: ["New Zealander"], NG: ["Nigerian"],
  MK: ["Macedonian"], NO: ["Norwegian"], PK: ["Pakistani"], PS: ["Palestinian"], PH: ["Philippine", "Filipino", "Manila"],
  PL: ["Polish", "Warsaw"], PT: ["Portuguese"], QA: ["Qatari"], RO: ["Romanian"], RU: ["Russian", "Moscow", "Kremlin"],
  SA: ["Saudi"], RS: ["Serbian"], SG: ["Singaporean"], SK: ["Slovak"], SI: ["Slovenian"], ZA: ["South African"],
  ES: ["Spanish"], LK: ["Sri Lankan"], SE: ["Swedish"], CH: ["Swiss"], SY: ["Syrian"], TW: ["Taiwanese", "Taipei"],
  TH: ["Thai"], TR: ["Turkish", "Ankara"], UA: ["Ukrainian", "Kyiv"], AE: ["Emirati", "UAE"], GB: ["British", "Britain", "U.K.", "London"],
  US: ["American", "America", "Washington"], UY: ["Uruguayan"], UZ: ["Uzbek"], VE: ["Venezuelan"], VN: ["Vietnamese", "Hanoi"],
  YE: ["Yemeni"],
};
