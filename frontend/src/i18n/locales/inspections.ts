/** Texts of the inspections screens (Kiểm tra CCHC). `inspectionsEn` must have the same keys. */
export const inspectionsVi = {
  title: 'Kiểm tra CCHC',
};

export const inspectionsEn: typeof inspectionsVi = {
  title: 'Reform inspections',
};
