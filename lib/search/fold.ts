/** Diacritics off, case kept: "Hergész" and "Hergesz" are one spelling, "US" and "us" are not. */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}
