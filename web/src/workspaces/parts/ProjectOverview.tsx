// What every workspace shows first: the project, the person's roles and the organisations taking part.
import type { ProjectDetail } from '../../api/types';
import { MyRoles } from './MyRoles';
import { PartyList } from './PartyList';
import { ProjectFacts } from './ProjectFacts';

export function ProjectOverview({ project }: { project: ProjectDetail }) {
  return (
    <div className="panels">
      <ProjectFacts project={project} />
      <MyRoles project={project} />
      <PartyList parties={project.parties} />
    </div>
  );
}
