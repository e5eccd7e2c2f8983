import './workflow.css';

export { WorkflowCreatePage } from './routes/workflow-create-page';
export { WorkflowPage } from './routes/workflow-page';
export { WorkflowsPage } from './routes/workflows-page';
