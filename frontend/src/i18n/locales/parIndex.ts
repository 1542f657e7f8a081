/** Texts of the PAR index screens (Chỉ số CCHC). `parIndexEn` must have the same keys. */
export const parIndexVi = {
  title: 'Chỉ số CCHC',
};

export const parIndexEn: typeof parIndexVi = {
  title: 'PAR index',
};
