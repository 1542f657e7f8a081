import { describe, expect, it } from 'vitest';
import type { ProcedureView } from '../../api/types';
import { fieldPath, PROCEDURE_FORM_FIELDS, toFormValues, toProcedureInput, violationsToFields } from './procedureForm';

const view: ProcedureView = {
  code: '1.001193.000.00.00.H99',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['COMMUNE'],
  decidingAgencyCode: 'H99.X01',
  receivingPoints: ['H99.X01.MC'],
  channels: ['DIRECT', 'ONLINE'],
  onlineLevel: 'FULL',
  fullOnlineEligible: true,
  processingTime: { value: 3, unit: 'WORKING_DAYS' },
  statutoryTime: { value: 5, unit: 'WORKING_DAYS' },
  afternoonCutoff: '16:00',
  fees: [{ name: 'Lệ phí', amount: 8000, note: null }],
  components: [{ name: 'Tờ khai', copies: 1, required: true, form: null }],
  steps: ['Nộp hồ sơ', 'Nhận kết quả'],
  applicants: 'Công dân',
  resultType: 'Giấy khai sinh',
  paperResultRequired: true,
  conditions: null,
  legalBasis: ['Luật Hộ tịch 2014'],
  internalSteps: [
    { name: 'Tiếp nhận', actor: 'Một cửa', duration: 0.5 },
    { name: 'Xử lý', actor: 'Công chức tư pháp', duration: 2.5 },
  ],
  state: 'IN_FORCE',
  version: 1,
};

describe('procedure editor values', () => {
  it('round-trip a procedure version into the PUT body', () => {
    const input = toProcedureInput(toFormValues(view));
    const { state: _s, version: _v, ...expected } = view;
    void _s;
    void _v;
    expect(input).toEqual(expected);
  });

  it('trims, drops blank rows and sends optional parts as null', () => {
    const input = toProcedureInput({
      code: ' 9.1.H99 ',
      name: ' Thủ tục mới ',
      field: 'Hộ tịch',
      levels: ['PROVINCE'],
      processingTime: { value: 10, unit: 'DAYS' },
      statutoryTime: { value: undefined, unit: 'DAYS' },
      afternoonCutoff: '  ',
      fees: [{ name: '  ' }, { name: 'Phí thẩm định', amount: 50000 }],
      components: [{ name: 'Đơn', copies: 2 }],
      steps: ['  Bước 1 ', '', undefined],
      legalBasis: [' Nghị định 63/2010/NĐ-CP '],
      internalSteps: [{}, { name: 'Thẩm định', actor: 'Phòng', duration: 10 }],
    });
    expect(input).toMatchObject({
      code: '9.1.H99',
      name: 'Thủ tục mới',
      decidingAgencyCode: null,
      statutoryTime: null,
      afternoonCutoff: null,
      onlineLevel: 'NONE',
      fullOnlineEligible: false,
      paperResultRequired: false,
      fees: [{ name: 'Phí thẩm định', amount: 50000, note: null }],
      components: [{ name: 'Đơn', copies: 2, required: false, form: null }],
      steps: ['Bước 1'],
      legalBasis: ['Nghị định 63/2010/NĐ-CP'],
      internalSteps: [{ name: 'Thẩm định', actor: 'Phòng', duration: 10 }],
    });
    // the statutory time takes the processing time unit when none is chosen
    expect(
      toProcedureInput({ processingTime: { value: 3, unit: 'HOURS' }, statutoryTime: { value: 4 } }).statutoryTime,
    ).toEqual({
      value: 4,
      unit: 'HOURS',
    });
  });
});

describe('server violations on form fields', () => {
  it('parse bean-validation paths into antd name paths', () => {
    expect(fieldPath('fees[0].amount', PROCEDURE_FORM_FIELDS)).toEqual(['fees', 0, 'amount']);
    expect(fieldPath('create.input.name', PROCEDURE_FORM_FIELDS)).toEqual(['name']);
    expect(fieldPath('internalSteps', PROCEDURE_FORM_FIELDS)).toEqual(['internalSteps']);
    expect(fieldPath('processingTime.unit', PROCEDURE_FORM_FIELDS)).toEqual(['processingTime', 'unit']);
    expect(fieldPath('items[2].procedureCode', ['items'])).toEqual(['items', 2, 'procedureCode']);
    expect(fieldPath('body', PROCEDURE_FORM_FIELDS)).toBeUndefined();
  });

  it('group messages per field and skip unknown ones', () => {
    expect(
      violationsToFields(
        [
          { field: 'internalSteps', rule: 'sumEqualsProcessingTime', message: 'Tổng 2 ≠ 3' },
          { field: 'fees[1].name', message: 'không được để trống' },
          { field: 'fees[1].name', message: 'tối đa 300 ký tự' },
          { field: 'somethingElse', message: 'x' },
        ],
        PROCEDURE_FORM_FIELDS,
      ),
    ).toEqual([
      { name: ['internalSteps'], errors: ['Tổng 2 ≠ 3'] },
      { name: ['fees', 1, 'name'], errors: ['không được để trống', 'tối đa 300 ký tự'] },
    ]);
  });
});
