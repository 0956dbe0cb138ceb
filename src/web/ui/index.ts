/** The design-system primitives. Features import from here, never from a single file. */
export { Alert, type AlertProps, type AlertTone } from './Alert';
export {
  Button,
  buttonClass,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from './Button';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { Dialog, focusableIn, type DialogProps } from './Dialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { Field, useFieldIds, type FieldBaseProps, type FieldIds, type FieldProps } from './Field';
export { PageHeader, type PageHeaderProps } from './PageHeader';
export { Select, type SelectOption, type SelectProps } from './Select';
export {
  LoadingBlock,
  ProgressBar,
  Spinner,
  type ProgressBarProps,
  type SpinnerProps,
} from './Spinner';
export { Table, type TableProps } from './Table';
export { Tabs, type TabItem, type TabsProps } from './Tabs';
export { TextArea, type TextAreaProps } from './TextArea';
export { TextField, type TextFieldProps } from './TextField';
export { ToastProvider, useToast, type ToastApi } from './Toast';
