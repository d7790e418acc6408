/** The prompts the wizard uses, each from its own @inquirer package (not the meta-package with all of them). */
export { default as confirm } from '@inquirer/confirm';
export { default as input } from '@inquirer/input';
export { default as number } from '@inquirer/number';
export { default as password } from '@inquirer/password';
export { default as select } from '@inquirer/select';
