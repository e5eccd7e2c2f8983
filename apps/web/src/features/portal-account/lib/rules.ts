import type { FormRule as Rule } from 'antd';
import { toIsoDate } from './paths';

/** The same rule as the server's: at least 8 characters, letters and digits. */
export const passwordRule = (message: string): Rule => ({
  validator: (_, value: string | undefined) =>
    !value || (value.length >= 8 && /\p{L}/u.test(value) && /\d/.test(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
});

/** Only the shape is checked here; the server checks the province code, century and birth year and says which is wrong. */
export const citizenIdRule = (message: string): Rule => ({ pattern: /^\s*\d{12}\s*$/, message });

export const birthDateRule = (message: string): Rule => ({
  validator: (_, value: string | undefined) => (!value?.trim() || toIsoDate(value) ? Promise.resolve() : Promise.reject(new Error(message))),
});
