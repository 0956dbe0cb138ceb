/** Small presentation helpers of the newsletter pages. */
export { danishDate } from '../../../domain/newsletters/render';
