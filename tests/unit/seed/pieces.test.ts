/** The parser's small pieces, each tested on its own: numerals, deadlines, names, slugs, text. */
import { describe, expect, it } from 'vitest';
import { normaliseHeading, removeWrapSpaces } from '../../../src/lib/seed/cleanText.ts';
import { areaOrdinal, chineseNumeral, measureOrdinal, taskOrdinal } from '../../../src/lib/seed/ordinal.ts';
import { parseDeadline } from '../../../src/lib/seed/parseDeadline.ts';
import { slugify } from '../../../src/lib/seed/slugify.ts';
import { isCompleteBodyName, splitDepartments } from '../../../src/lib/seed/splitDepartments.ts';

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十六', 16],
    ['二十', 20],
    ['二十三', 23],
  ])('chineseNumeral(%j) returns %i', (text, expected) => {
    expect(chineseNumeral(text)).toBe(expected);
  });

  it.each(['', '百', '十十', '一二', '二十三四', '零'])('chineseNumeral(%j) returns null', (text) => {
    expect(chineseNumeral(text)).toBeNull();
  });
});

describe('ordinals', () => {
  it('taskOrdinal("二、着力推进…") reads the task number and the title without it', () => {
    expect(taskOrdinal('二、着力推进粤港澳服务贸易自由化')).toEqual({ no: 2, rest: '着力推进粤港澳服务贸易自由化' });
  });

  it('areaOrdinal reads half-width (十六) and full-width （十六） alike', () => {
    expect(areaOrdinal('(十六)争取广东自贸试验区横琴片区扩容')).toEqual({ no: 16, rest: '争取广东自贸试验区横琴片区扩容' });
    expect(areaOrdinal('（十六）争取广东自贸试验区横琴片区扩容')).toEqual({ no: 16, rest: '争取广东自贸试验区横琴片区扩容' });
  });

  it('measureOrdinal("12. 探索…") returns 12 and the text; text without a number returns null', () => {
    expect(measureOrdinal('12. 探索横琴商事登记注册官制度。')).toEqual({ no: 12, rest: '探索横琴商事登记注册官制度。' });
    expect(measureOrdinal('探索横琴商事登记注册官制度。')).toBeNull();
  });
});

describe('parseDeadline', () => {
  it("parseDeadline('8 月底', 2017) returns 2017-08-31 with the label 8月底", () => {
    expect(parseDeadline('8 月底', 2017)).toEqual({ label: '8月底', date: '2017-08-31', completed: false, ongoing: false });
  });

  it("parseDeadline('2月底', 2016) returns 2016-02-29 (a leap year)", () => {
    expect(parseDeadline('2月底', 2016)?.date).toBe('2016-02-29');
    expect(parseDeadline('2月底', 2017)?.date).toBe('2017-02-28');
  });

  it("parseDeadline('2018年3月底', 2017) returns 2018-03-31: a stated year beats the plan's year", () => {
    expect(parseDeadline('2018年3月底', 2017)).toEqual({ label: '2018年3月底', date: '2018-03-31', completed: false, ongoing: false });
  });

  it("parseDeadline('年底', 2017) returns 2017-12-31", () => {
    expect(parseDeadline('年底', 2017)).toEqual({ label: '年底', date: '2017-12-31', completed: false, ongoing: false });
  });

  it("parseDeadline('已完成', 2017) is completed with no date", () => {
    expect(parseDeadline('已完成', 2017)).toEqual({ label: '已完成', date: null, completed: true, ongoing: false });
  });

  it.each(['持续推进', '长期坚持', '长期'])('parseDeadline(%j, 2017) is ongoing with no date', (label) => {
    expect(parseDeadline(label, 2017)).toEqual({ label, date: null, completed: false, ongoing: true });
  });

  it.each(['下半年', '13月底', '', '尽快'])('parseDeadline(%j, 2017) returns null: the caller reports it', (label) => {
    expect(parseDeadline(label, 2017)).toBeNull();
  });
});

describe('isCompleteBodyName', () => {
  it.each([
    '市工商局', '珠海仲裁委', '区廉政办', '横琴供电所', '拱北海关', '人行珠海市中心支行',
    '区消费者协会', '大横琴科技公司', '香洲区', '区办公室',
  ])('%s is a complete body name', (name) => {
    expect(isCompleteBodyName(name)).toBe(true);
  });

  it.each(['横琴国际知识产权', '区金融', '横琴公安'])('%s is not a complete body name', (name) => {
    expect(isCompleteBodyName(name)).toBe(false);
  });
});

describe('splitDepartments', () => {
  it('splitDepartments joins a name cut by a wrap: "横琴国际知识产权 交易中心" is one body', () => {
    expect(splitDepartments('横琴国际知识产权 交易中心 区商务局 区金融服务局')).toEqual({
      names: ['横琴国际知识产权交易中心', '区商务局', '区金融服务局'],
      dangling: null,
    });
  });

  it('splitDepartments returns a trailing incomplete name as dangling', () => {
    expect(splitDepartments('区商务局 横琴公安')).toEqual({ names: ['区商务局'], dangling: '横琴公安' });
  });
});

describe('slugify', () => {
  it("slugify('横琴工商局') returns heng-qin-gong-shang-ju", () => {
    expect(slugify('横琴工商局')).toBe('heng-qin-gong-shang-ju');
  });

  it("slugify('人行珠海市中心支行') with the reading 人行 = ren hang returns ren-hang-zhu-hai-shi-zhong-xin-zhi-hang", () => {
    expect(slugify('人行珠海市中心支行', [{ word: '人行', pinyin: 'ren hang' }])).toBe('ren-hang-zhu-hai-shi-zhong-xin-zhi-hang');
  });

  it("slugify('大横琴泛旅游公司') returns da-heng-qin-fan-lv-you-gong-si (ü written v)", () => {
    expect(slugify('大横琴泛旅游公司')).toBe('da-heng-qin-fan-lv-you-gong-si');
  });
});

describe('removeWrapSpaces and normaliseHeading', () => {
  it('removeWrapSpaces drops PDF wrap spaces inside Chinese words', () => {
    expect(removeWrapSpaces('二、着力 推进粤 港澳服 务贸易 自由化')).toBe('二、着力推进粤港澳服务贸易自由化');
  });

  it('removeWrapSpaces keeps a space between two Latin words or a word and a number, and drops one beside Chinese', () => {
    expect(removeWrapSpaces('开放 Open Data 接口')).toBe('开放Open Data接口');
    expect(removeWrapSpaces('推行 ISO 9001 认证')).toBe('推行ISO 9001认证');
  });

  it('normaliseHeading makes half-width commas between Chinese full-width and drops a closing 。', () => {
    expect(normaliseHeading('完善金融服务体系,提高金融风险防范水平。')).toBe('完善金融服务体系，提高金融风险防范水平');
    expect(normaliseHeading('完善金融服 务体系，提高金融风险防范水平')).toBe('完善金融服务体系，提高金融风险防范水平');
  });
});
